using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Sdk.Querying;

/// <summary>
/// An immutable snapshot of every record of one kind observed in <c>[From, To)</c>, in the store's order
/// (time, then id), with each record's subject.
/// </summary>
internal sealed class LoadedRecords<T> where T : EvidenceRecord
{
    private readonly Lazy<Dictionary<string, int[]>> _bySubject;

    public LoadedRecords(DateTimeOffset from, DateTimeOffset to, Observed<T>[] rows, string?[] subjects)
    {
        From = from;
        To = to;
        Rows = rows;
        Subjects = subjects;
        _bySubject = new(IndexSubjects);
    }

    public DateTimeOffset From { get; }

    public DateTimeOffset To { get; }

    public Observed<T>[] Rows { get; }

    public string?[] Subjects { get; }

    public bool Covers(DateTimeOffset from, DateTimeOffset to) => from >= From && to <= To;

    /// <summary>The records in <c>[from, to)</c>, optionally of one subject, in order.</summary>
    public IEnumerable<Observed<T>> Slice(DateTimeOffset from, DateTimeOffset to, string? subject)
    {
        var start = FirstAtOrAfter(from);
        var end = FirstAtOrAfter(to);
        if (subject is null)
        {
            for (var i = start; i < end; i++) yield return Rows[i];
            yield break;
        }
        if (!_bySubject.Value.TryGetValue(subject, out var positions)) yield break;
        var first = Array.BinarySearch(positions, start);
        for (var i = first >= 0 ? first : ~first; i < positions.Length && positions[i] < end; i++)
            yield return Rows[positions[i]];
    }

    private int FirstAtOrAfter(DateTimeOffset instant)
    {
        int low = 0, high = Rows.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (Rows[middle].At < instant) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    private Dictionary<string, int[]> IndexSubjects()
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < Subjects.Length; i++)
        {
            if (Subjects[i] is not { } subject) continue;
            if (!positions.TryGetValue(subject, out var list)) positions[subject] = list = [];
            list.Add(i);
        }
        return positions.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
