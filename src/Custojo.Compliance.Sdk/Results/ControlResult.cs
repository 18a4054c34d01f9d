namespace Custojo.Compliance.Sdk.Results;

/// <summary>What a control's check returns. Build it with the helpers on <c>CheckContext</c>.</summary>
public sealed record ControlResult(Outcome Outcome, string Message)
{
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>The evidence records the decision rests on.</summary>
    public IReadOnlyList<EvidenceRef> Evidence { get; init; } = [];
}
