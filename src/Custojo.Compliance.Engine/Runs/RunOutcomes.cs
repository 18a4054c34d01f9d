using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Engine.Runs;

/// <summary>
/// A stored run reduced to what a score trend needs: its id, the end of its window and how many of its
/// controls ended in each outcome. Read from the per-control rows, without loading the run itself.
/// </summary>
public sealed record RunOutcomes(long Sequence, string RunId, DateTimeOffset To, IReadOnlyDictionary<Outcome, int> Counts)
{
    public int Count(Outcome outcome) => Counts.GetValueOrDefault(outcome);

    public int Controls => Counts.Values.Sum();
}
