using System.Globalization;
using System.Text.RegularExpressions;
using Custojo.Compliance.Evidence;

namespace Custojo.Compliance.Engine.Waivers;

/// <summary>
/// What <c>waiver add --expires</c> accepts: an instant with Z or an offset (<c>2027-03-31T22:00:00Z</c>);
/// a date (<c>2027-03-31</c>), meaning the waiver holds through that local day, so it expires at the next
/// local midnight in the installation's zone; or a duration from now in days or weeks (<c>90d</c>, <c>12w</c>).
/// </summary>
public static partial class WaiverExpiry
{
    public const string Expected = "an instant with Z or an offset (2027-03-31T22:00:00Z), a date (2027-03-31: through that local day) or days/weeks from now (90d, 12w)";

    public static DateTimeOffset Parse(string text, DateTimeOffset now, TimeZoneInfo zone)
    {
        text = text.Trim();
        if (Relative().Match(text) is { Success: true } relative)
        {
            var count = int.Parse(relative.Groups[1].Value, CultureInfo.InvariantCulture);
            return now.AddDays(relative.Groups[2].Value is "w" or "W" ? count * 7 : count);
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var nextMidnight = date.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
            return new DateTimeOffset(nextMidnight, zone.GetUtcOffset(nextMidnight)).ToUniversalTime();
        }
        if (Instant().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
            return instant.ToUniversalTime();
        throw new InputException($"--expires {text}: use {Expected}.");
    }

    [GeneratedRegex(@"^([0-9]{1,5})([dDwW])$")]
    private static partial Regex Relative();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|z|[+-][0-9]{2}:[0-9]{2})$")]
    private static partial Regex Instant();
}
