using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Custojo.Compliance.Sdk.Time;

/// <summary>
/// Turns the CLI's period options into audit windows, in the installation's time zone. Nothing here reads
/// the clock: "now" is always given by the caller.
/// </summary>
/// <example>
/// <code>
/// var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
/// AuditPeriod.Parse("2026-Q3", zone);     // [2026-06-30T22:00Z, 2026-09-30T22:00Z)
/// AuditPeriod.Parse("2026-W42", zone);    // Monday 2026-10-12 00:00 to Monday 2026-10-19 00:00, local
/// AuditPeriod.Last(TimeSpan.FromDays(30), now, zone); // the 30 whole local days before today
/// </code>
/// </example>
public static partial class AuditPeriod
{
    /// <summary>The notations <see cref="Parse"/> accepts, for help texts and error messages.</summary>
    public const string Expected = "2026 (year), 2026-Q3 (quarter), 2026-10 (month), 2026-W42 (ISO week) or 2026-10-05 (day)";

    /// <summary>
    /// The local calendar period named by <paramref name="text"/> as a window: a year <c>2026</c>, a quarter
    /// <c>2026-Q3</c>, a month <c>2026-10</c>, an ISO week <c>2026-W42</c> (Monday to Monday) or a day
    /// <c>2026-10-05</c>, from its first local midnight to the next period's, converted to UTC with the
    /// zone's rules (so a day may last 23 or 25 hours).
    /// </summary>
    /// <exception cref="FormatException">The text names no period; the message says why and what is accepted.</exception>
    public static AuditWindow Parse(string text, TimeZoneInfo zone) =>
        TryParse(text, zone, out var window, out var error) ? window : throw new FormatException(error);

    /// <summary>Like <see cref="Parse"/>, returning false and a message naming the problem instead of throwing.</summary>
    public static bool TryParse(string? text, TimeZoneInfo zone, [NotNullWhen(true)] out AuditWindow? window, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(zone);
        window = null;
        if (!TryResolve(text?.Trim() ?? "", out var start, out var unit, out var problem))
        {
            error = $"Unrecognised period \"{text}\": {problem}. Use {Expected}.";
            return false;
        }

        var period = CalendarPeriods.Create(start, unit, zone);
        window = new AuditWindow(period.Start, period.End, zone);
        error = null;
        return true;
    }

    /// <summary>
    /// The window of the given length that ends at <paramref name="now"/>, for <c>--last 30d</c>.
    /// <list type="bullet">
    /// <item>A whole number of days is aligned to local midnights and covers only completed days: the
    /// <paramref name="length"/> local days before the local day containing <paramref name="now"/>. Today is left
    /// out because it is still in progress: its cadences cannot be judged yet, and the same command run
    /// twice on one day gives the same window.</item>
    /// <item>Any other length (e.g. <c>12h</c>) ends exactly at <paramref name="now"/>.</item>
    /// </list>
    /// </summary>
    public static AuditWindow Last(TimeSpan length, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (length <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(length), length, "The length of the period must be longer than zero.");
        if (length.Ticks % TimeSpan.TicksPerDay != 0)
            return new AuditWindow(now - length, now, zone);

        var today = LocalClock.DateOf(now, zone);
        var first = today.AddDays(-(int)length.TotalDays);
        return new AuditWindow(LocalClock.ToUtc(first, zone), LocalClock.ToUtc(today, zone), zone);
    }

    /// <summary>
    /// <see cref="Last"/> for the text of <c>--last</c> (<c>"30d"</c>, <c>"2w"</c>, <c>"12h"</c>, <c>"P30D"</c>).
    /// </summary>
    /// <exception cref="FormatException">The text is not a positive duration.</exception>
    public static AuditWindow ParseLast(string text, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (!Durations.TryParse(text, out var length) || length <= TimeSpan.Zero)
            throw new FormatException($"Unrecognised length \"{text}\" for --last: expected a positive {Durations.Expected}, e.g. \"30d\".");
        return Last(length, now, zone);
    }

    private static bool TryResolve(string text, out DateOnly start, out CalendarUnit unit, out string problem)
    {
        start = default;
        unit = default;
        problem = "";
        var match = PeriodPattern().Match(text);
        if (!match.Success)
        {
            problem = "it is not one of the accepted notations";
            return false;
        }

        var year = Number(match.Groups["year"]);
        if (year is < 1900 or > 9998)
        {
            problem = "the year must be between 1900 and 9998";
            return false;
        }

        if (match.Groups["quarter"].Success)
        {
            var quarter = Number(match.Groups["quarter"]);
            if (quarter is < 1 or > 4)
            {
                problem = "the quarter must be Q1 to Q4";
                return false;
            }

            start = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
            unit = CalendarUnit.Quarter;
            return true;
        }

        if (match.Groups["week"].Success)
        {
            var week = Number(match.Groups["week"]);
            var weeks = ISOWeek.GetWeeksInYear(year);
            if (week < 1 || week > weeks)
            {
                problem = string.Create(CultureInfo.InvariantCulture, $"{year} has ISO weeks W01 to W{weeks:D2}");
                return false;
            }

            start = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            unit = CalendarUnit.IsoWeek;
            return true;
        }

        if (!match.Groups["month"].Success)
        {
            start = new DateOnly(year, 1, 1);
            unit = CalendarUnit.Year;
            return true;
        }

        var month = Number(match.Groups["month"]);
        if (month is < 1 or > 12)
        {
            problem = "the month must be 01 to 12";
            return false;
        }

        if (!match.Groups["day"].Success)
        {
            start = new DateOnly(year, month, 1);
            unit = CalendarUnit.Month;
            return true;
        }

        var day = Number(match.Groups["day"]);
        var days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2} has days 01 to {days:D2}");
            return false;
        }

        start = new DateOnly(year, month, day);
        unit = CalendarUnit.Day;
        return true;
    }

    private static int Number(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<year>\d{4})(?:-(?:[Qq](?<quarter>\d)|[Ww](?<week>\d{2})|(?<month>\d{2})(?:-(?<day>\d{2}))?))?$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();
}
