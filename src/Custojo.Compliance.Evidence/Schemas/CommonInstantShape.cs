namespace Custojo.Compliance.Evidence.Schemas;

/// <summary>
/// Reads the shape nearly every instant in evidence has, <c>2026-11-02T07:58:12(.1234567)?(Z|+01:00)</c>, straight
/// from UTF-8: about a tenth of the cost of the regular expression and <see cref="DateTimeOffset.TryParse(string, out DateTimeOffset)"/>
/// that <see cref="StrictDateTimeFormat"/> runs. It only ever answers for values whose meaning is plain; anything
/// else (lower-case <c>t</c> or <c>z</c>, more than 7 fractional digits, a leap second, an offset beyond ±14:00, an
/// invalid date) is declined and left to that full parse, which decides it.
/// </summary>
internal static class CommonInstantShape
{
    private static readonly long[] FractionScale = [0, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1];

    /// <summary>True with the instant when the value has the common shape and is valid; false means "ask the full parse".</summary>
    public static bool TryRead(ReadOnlySpan<byte> utf8, out DateTimeOffset instant)
    {
        instant = default;
        if (utf8.Length < 20 || utf8[4] != '-' || utf8[7] != '-' || utf8[10] != 'T' || utf8[13] != ':' || utf8[16] != ':') return false;
        if (!Digits(utf8[..4], out var year) || !Digits(utf8.Slice(5, 2), out var month) || !Digits(utf8.Slice(8, 2), out var day)
            || !Digits(utf8.Slice(11, 2), out var hour) || !Digits(utf8.Slice(14, 2), out var minute) || !Digits(utf8.Slice(17, 2), out var second))
            return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
            return false;

        var at = 19;
        long fraction = 0;
        if (utf8[at] == '.')
        {
            var digits = 0;
            while (at + 1 + digits < utf8.Length && char.IsAsciiDigit((char)utf8[at + 1 + digits])) digits++;
            if (digits is 0 or > 7 || !Digits(utf8.Slice(at + 1, digits), out var value)) return false;
            fraction = value * FractionScale[digits];
            at += 1 + digits;
        }

        TimeSpan offset;
        var zone = utf8[at..];
        if (zone.Length == 1 && zone[0] == 'Z') offset = TimeSpan.Zero;
        else if (zone.Length == 6 && zone[0] is (byte)'+' or (byte)'-' && zone[3] == ':'
                 && Digits(zone.Slice(1, 2), out var offsetHours) && Digits(zone.Slice(4, 2), out var offsetMinutes)
                 && offsetMinutes <= 59 && offsetHours * 60 + offsetMinutes <= 14 * 60)
            offset = new TimeSpan(zone[0] == '-' ? -offsetHours : offsetHours, zone[0] == '-' ? -offsetMinutes : offsetMinutes, 0);
        else return false;

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).Ticks + fraction;
        var utc = local - offset.Ticks;
        if (utc < DateTime.MinValue.Ticks || utc > DateTime.MaxValue.Ticks) return false;
        instant = new DateTimeOffset(local, offset);
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var character in text)
        {
            var digit = character - '0';
            if ((uint)digit > 9) return false;
            value = value * 10 + digit;
        }
        return true;
    }
}
