using System.Globalization;

namespace Custojo.Compliance.Sdk.Time;

/// <summary>The two duration notations read by <see cref="Durations.TryParse"/>.</summary>
internal static class DurationGrammar
{
    private static readonly decimal MaxTicks = TimeSpan.MaxValue.Ticks;

    /// <summary>Compact units: <c>"90s"</c>, <c>"1d 12h"</c>, <c>"1h30m"</c>, <c>"1.5h"</c>, <c>"250ms"</c>.</summary>
    public static bool TryParseCompact(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        decimal ticks = 0;
        var position = 0;
        var pairs = 0;
        while (position < text.Length)
        {
            if (text[position] == ' ') { position++; continue; }
            if (!TryReadNumber(text, ref position, out var number)) return false;
            var unitStart = position;
            while (position < text.Length && char.IsAsciiLetterLower(text[position])) position++;
            var unit = text[unitStart..position];
            decimal? unitTicks = unit switch
            {
                "w" => TimeSpan.TicksPerDay * 7,
                "d" => TimeSpan.TicksPerDay,
                "h" => TimeSpan.TicksPerHour,
                "m" => TimeSpan.TicksPerMinute,
                "s" => TimeSpan.TicksPerSecond,
                "ms" => TimeSpan.TicksPerMillisecond,
                _ => null,
            };
            if (unitTicks is null) return false;
            ticks += number * unitTicks.Value;
            if (ticks > MaxTicks) return false;
            pairs++;
        }

        if (pairs == 0) return false;
        duration = TimeSpan.FromTicks((long)decimal.Round(ticks));
        return true;
    }

    /// <summary>ISO 8601 durations without years and months: <c>P2W</c>, <c>P1D</c>, <c>PT30M</c>, <c>P1DT0.5S</c>.</summary>
    public static bool TryParseIso(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var upper = text.ToUpperInvariant();
        decimal ticks = 0;
        var position = 1;
        var inTime = false;
        var components = 0;
        var lastRank = -1;
        while (position < upper.Length)
        {
            if (upper[position] == 'T')
            {
                if (inTime) return false;
                inTime = true;
                position++;
                if (position == upper.Length) return false;
                continue;
            }

            if (!TryReadNumber(upper, ref position, out var number) || position == upper.Length) return false;
            var designator = upper[position++];
            var (rank, unitTicks) = (designator, inTime) switch
            {
                ('W', false) => (0, TimeSpan.TicksPerDay * 7),
                ('D', false) => (1, TimeSpan.TicksPerDay),
                ('H', true) => (2, TimeSpan.TicksPerHour),
                ('M', true) => (3, TimeSpan.TicksPerMinute),
                ('S', true) => (4, TimeSpan.TicksPerSecond),
                _ => (-1, 0L),
            };
            if (rank <= lastRank) return false;
            lastRank = rank;
            ticks += number * unitTicks;
            if (ticks > MaxTicks) return false;
            components++;
        }

        if (components == 0) return false;
        duration = TimeSpan.FromTicks((long)decimal.Round(ticks));
        return true;
    }

    private static bool TryReadNumber(string text, ref int position, out decimal number)
    {
        var start = position;
        while (position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] == '.')) position++;
        return decimal.TryParse(text.AsSpan(start, position - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number)
            && char.IsAsciiDigit(text[start])
            && number <= MaxTicks;
    }
}
