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
                Measure(previous, current);
            previous = current;
            if (current.At >= window.To)
            {
                closed = true; // the first event after the window closes the last interval
                break;
            }
        }

        if (!closed)
            Measure(previous, new TimedEvent(window.To, null));

        return new GapAnalysis(limit, gaps, longest!, count);

        // Allocates a Gap only when it is over the limit or the longest so far: most intervals are neither.
        void Measure(TimedEvent start, TimedEvent end)
        {
            var duration = end.At - start.At;
            var overLimit = duration > limit;
            var isLongest = longest is null || duration > longest.Duration;
            if (!overLimit && !isLongest) return;
            var gap = new Gap(start.At, end.At, start.Ref, end.Ref);
            if (overLimit) gaps.Add(gap);
            if (isLongest) longest = gap;
        }
    }
}
