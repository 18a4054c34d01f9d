namespace Custojo.Compliance.Sdk.Time;

/// <summary>
/// Turns local wall-clock times of a time zone into UTC instants without tripping over DST changes:
/// a local time skipped by a spring-forward change maps to the instant the clocks jumped (the first
/// local time that exists after it), and a local time repeated by a fall-back change maps to its first
/// occurrence. So a local day always starts at the first instant whose local date is that day.
/// </summary>
internal static class LocalClock
{
    public static DateTimeOffset ToUtc(DateTime localWallClock, TimeZoneInfo zone)
    {
        var local = DateTime.SpecifyKind(localWallClock, DateTimeKind.Unspecified);
        if (zone.IsAmbiguousTime(local))
        {
            var earliestOffset = zone.GetAmbiguousTimeOffsets(local).Max();
            return new DateTimeOffset(local - earliestOffset, TimeSpan.Zero);
        }

        if (zone.IsInvalidTime(local))
            return JumpInstant(local, zone);

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    public static DateTimeOffset ToUtc(DateOnly localDate, TimeZoneInfo zone) =>
        ToUtc(localDate.ToDateTime(TimeOnly.MinValue), zone);

    /// <summary>The local date of an instant in the zone.</summary>
    public static DateOnly DateOf(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>
    /// <paramref name="skipped"/> does not exist: the clocks jumped over it. Both offsets around the change
    /// bound the jump's instant; find it by bisection on the zone's offset (to the tick).
    /// </summary>
    private static DateTimeOffset JumpInstant(DateTime skipped, TimeZoneInfo zone)
    {
        var before = zone.GetUtcOffset(skipped.AddDays(-1));
        var after = zone.GetUtcOffset(skipped.AddDays(1));
        var low = (skipped - (before > after ? before : after)).Ticks;  // still the old offset here
        var high = (skipped - (before > after ? after : before)).Ticks; // already the new offset here
        if (low > high) (low, high) = (high, low);
        var oldOffset = zone.GetUtcOffset(new DateTime(low, DateTimeKind.Utc));
        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            if (zone.GetUtcOffset(new DateTime(middle, DateTimeKind.Utc)) == oldOffset) low = middle;
            else high = middle;
        }

        return new DateTimeOffset(high, TimeSpan.Zero);
    }
}
