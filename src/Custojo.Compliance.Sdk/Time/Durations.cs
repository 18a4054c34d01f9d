using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Custojo.Compliance.Sdk.Time;

/// <summary>
/// The one way durations are written and read across Custojo: compact units (<c>"90s"</c>, <c>"30m"</c>,
/// <c>"6h"</c>, <c>"7d"</c>, <c>"2w"</c>, <c>"1d 12h"</c>) and ISO 8601 (<c>"PT30M"</c>, <c>"P1DT12H"</c>).
/// </summary>
/// <example>
/// <code>
/// Durations.Format(TimeSpan.FromMinutes(47));            // "47m"
/// Durations.Format(new TimeSpan(1, 2, 0, 0));            // "1d 2h"
/// Durations.Parse("1d 12h") == TimeSpan.FromHours(36);   // true
/// Durations.Parse("PT30M") == TimeSpan.FromMinutes(30);  // true
/// </code>
/// </example>
public static class Durations
{
    /// <summary>What <see cref="Parse"/> accepts, for error messages.</summary>
    public const string Expected = "a duration like \"30m\", \"6h\", \"7d\" or ISO 8601 \"PT30M\"";

    /// <summary>
    /// Writes <paramref name="duration"/> exactly, largest unit first, leaving out zero units:
    /// days (<c>d</c>), hours (<c>h</c>), minutes (<c>m</c>) and seconds (<c>s</c>, with a decimal fraction when
    /// needed). Zero is <c>"0s"</c>; a negative duration gets a leading <c>-</c>. Weeks are written as days.
    /// The output reads back with <see cref="Parse"/> to the same value.
    /// </summary>
    public static string Format(TimeSpan duration)
    {
        if (duration == TimeSpan.Zero) return "0s";
        var text = new StringBuilder();
        if (duration < TimeSpan.Zero)
        {
            text.Append('-');
            duration = duration == TimeSpan.MinValue ? TimeSpan.MaxValue : duration.Negate();
        }

        var start = text.Length;
        Append(text, start, duration.Days, "d");
        Append(text, start, duration.Hours, "h");
        Append(text, start, duration.Minutes, "m");
        var subMinuteTicks = duration.Ticks % TimeSpan.TicksPerMinute;
        if (subMinuteTicks != 0)
        {
            if (text.Length > start) text.Append(' ');
            var seconds = subMinuteTicks / (decimal)TimeSpan.TicksPerSecond;
            text.Append(seconds.ToString("0.#######", CultureInfo.InvariantCulture)).Append('s');
        }

        return text.ToString();
    }

    /// <summary>Reads a duration written as compact units or ISO 8601; see the type's summary.</summary>
    /// <exception cref="FormatException">The text is not a duration; the message says what is accepted.</exception>
    public static TimeSpan Parse(string text) =>
        TryParse(text, out var duration)
            ? duration
            : throw new FormatException($"Expected {Expected}, got \"{text}\".");

    /// <summary>
    /// Reads a non-negative duration: one or more <c>number unit</c> pairs (units <c>w</c>, <c>d</c>, <c>h</c>,
    /// <c>m</c>, <c>s</c>, <c>ms</c>; decimals allowed; optional spaces between pairs), or ISO 8601
    /// <c>PnW</c> / <c>PnDTnHnMnS</c>. Years and months are refused: their length depends on the calendar.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var trimmed = text.Trim();
        return trimmed[0] is 'P' or 'p'
            ? DurationGrammar.TryParseIso(trimmed, out duration)
            : DurationGrammar.TryParseCompact(trimmed, out duration);
    }

    private static void Append(StringBuilder text, int start, int value, string unit)
    {
        if (value == 0) return;
        if (text.Length > start) text.Append(' ');
        text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
    }
}
