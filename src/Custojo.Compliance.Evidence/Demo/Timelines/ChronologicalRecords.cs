using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Evidence.Demo.Timelines;

/// <summary>
/// A timeline's records with the instants they happen at: keeps only those inside the demo period and hands
/// them out in time order (records at the same instant in the order they were added).
/// </summary>
internal sealed class ChronologicalRecords(DemoContext context)
{
    private readonly List<(DateTimeOffset At, int Sequence, EvidenceRecord Record)> _records = [];

    public void Add(DateTimeOffset at, EvidenceRecord record)
    {
        if (context.InPeriod(at)) _records.Add((at, _records.Count, record));
    }

    public IEnumerable<EvidenceRecord> InTimeOrder() =>
        _records.OrderBy(r => r.At).ThenBy(r => r.Sequence).Select(r => r.Record);
}
