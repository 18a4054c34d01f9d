using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Reporting.Model;

/// <summary>How many controls ended with each outcome, within some grouping (all, a severity, a section).</summary>
internal sealed class OutcomeCounts
{
    private readonly int[] _counts = new int[OutcomeNames.All.Count];

    public int Total { get; private set; }

    public int this[Outcome outcome] => _counts[Index(outcome)];

    public void Add(Outcome outcome)
    {
        _counts[Index(outcome)]++;
        Total++;
    }

    public void Add(OutcomeCounts other)
    {
        for (var i = 0; i < _counts.Length; i++) _counts[i] += other._counts[i];
        Total += other.Total;
    }

    /// <summary>The score of this group, see <see cref="ComplianceScore"/>.</summary>
    public double? Score => ComplianceScore.Of(this[Outcome.Pass], Total - this[Outcome.NotApplicable]);

    private static int Index(Outcome outcome)
    {
        for (var i = 0; i < OutcomeNames.All.Count; i++)
            if (OutcomeNames.All[i] == outcome) return i;
        throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome.");
    }
}
