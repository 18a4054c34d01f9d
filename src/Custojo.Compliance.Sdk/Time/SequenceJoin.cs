using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Sdk.Time;

/// <summary>
/// Matches each event with a companion on one side within a time limit. Events stream; companions are
/// buffered (they are searched by time for every event), so pass companions filtered to what can match.
/// </summary>
internal static class SequenceJoin
{
    public static IReadOnlyList<SequenceMiss<TA, TB>> Unmatched<TA, TB>(
        IEnumerable<Observed<TA>> events,
        IEnumerable<Observed<TB>> companions,
        TimeSpan within,
        JoinDirection direction,
        Func<TA, TB, bool>? match)
        where TA : EvidenceRecord
        where TB : EvidenceRecord
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(companions);
        if (within < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(within), within, "The allowed distance must not be negative.");

        var buffered = Buffer(companions);
        var misses = new List<SequenceMiss<TA, TB>>();
        DateTimeOffset? last = null;
        foreach (var item in events)
        {
            TimeOrder.Ensure(last, item.At, nameof(events));
            last = item.At;
            var nearest = direction == JoinDirection.PrecededBy
                ? NearestBefore(buffered, item, match)
                : NearestAfter(buffered, item, match);
            if (nearest is null || (item.At - nearest.At).Duration() > within)
                misses.Add(new SequenceMiss<TA, TB>(item, nearest, direction, within));
        }

        return misses;
    }

    private static List<Observed<TB>> Buffer<TB>(IEnumerable<Observed<TB>> companions) where TB : EvidenceRecord
    {
        var buffered = new List<Observed<TB>>();
        foreach (var companion in companions)
        {
            TimeOrder.Ensure(buffered.Count == 0 ? null : buffered[^1].At, companion.At, nameof(companions));
            buffered.Add(companion);
        }

        return buffered;
    }

    private static Observed<TB>? NearestBefore<TA, TB>(List<Observed<TB>> companions, Observed<TA> item, Func<TA, TB, bool>? match)
        where TA : EvidenceRecord
        where TB : EvidenceRecord
    {
        for (var i = FirstAfter(companions, item.At) - 1; i >= 0; i--)
            if (match is null || match(item.Record, companions[i].Record)) return companions[i];
        return null;
    }

    private static Observed<TB>? NearestAfter<TA, TB>(List<Observed<TB>> companions, Observed<TA> item, Func<TA, TB, bool>? match)
        where TA : EvidenceRecord
        where TB : EvidenceRecord
    {
        for (var i = FirstAtOrAfter(companions, item.At); i < companions.Count; i++)
            if (match is null || match(item.Record, companions[i].Record)) return companions[i];
        return null;
    }

    /// <summary>Index of the first companion strictly after <paramref name="at"/> (binary search).</summary>
    private static int FirstAfter<TB>(List<Observed<TB>> companions, DateTimeOffset at) where TB : EvidenceRecord
    {
        int low = 0, high = companions.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (companions[middle].At <= at) low = middle + 1;
            else high = middle;
        }

        return low;
    }

    /// <summary>Index of the first companion at or after <paramref name="at"/> (binary search).</summary>
    private static int FirstAtOrAfter<TB>(List<Observed<TB>> companions, DateTimeOffset at) where TB : EvidenceRecord
    {
        int low = 0, high = companions.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (companions[middle].At < at) low = middle + 1;
            else high = middle;
        }

        return low;
    }
}
