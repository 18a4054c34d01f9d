namespace Custojo.Compliance.Sdk.Time;

/// <summary>
/// Single pass over time-ordered events measuring every interval between consecutive events and the
/// window edges. Memory: the gaps over the limit, nothing else.
/// </summary>
internal static class GapScanner
{
    public static GapAnalysis Scan(IEnumerable<TimedEvent> events, AuditWindow window, TimeSpan maxInterval, TimeSpan tolerance)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(window);
        if (maxInterval <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(maxInterval), maxInterval, "The maximum interval must be longer than zero.");
        if (tolerance < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must not be negative.");

        var limit = maxInterval + tolerance;
        var gaps = new List<Gap>();
        Gap? longest = null;
        var previous = new TimedEvent(window.From, null);
        DateTimeOffset? last = null;
        var count = 0;
        var closed = false;

        foreach (var current in events)
        {
            TimeOrder.Ensure(last, current.At, nameof(events));
            last = current.At;
            if (current.At < window.From)
            {
                previous = current; // looked-back event: the real start of the first interval
                continue;
            }

            if (current.At < window.To) count++;
            if (current.At > window.From)
                Measure(new Gap(previous.At, current.At, previous.Ref, current.Ref));
            previous = current;
            if (current.At >= window.To)
            {
                closed = true; // the first event after the window closes the last interval
                break;
            }
        }

        if (!closed)
            Measure(new Gap(previous.At, window.To, previous.Ref, null));

        return new GapAnalysis(limit, gaps, longest!, count);

        void Measure(Gap gap)
        {
            if (gap.Duration > limit) gaps.Add(gap);
            if (longest is null || gap.Duration > longest.Duration) longest = gap;
        }
    }
}
