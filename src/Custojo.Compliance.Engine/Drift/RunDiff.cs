namespace Custojo.Compliance.Engine.Drift;

/// <summary>
/// How a run (<see cref="After"/>) differs from a baseline (<see cref="Before"/>). Every list is ordered by
/// control id (ordinal), then parameter name. For controls evaluated in both runs:
/// <list type="bullet">
/// <item><see cref="NewFailures"/>: <c>fail</c> now, something else before.</item>
/// <item><see cref="Resolved"/>: <c>fail</c> before, now <c>pass</c>, <c>not-applicable</c> or <c>waived</c>.</item>
/// <item><see cref="StillFailing"/>: <c>fail</c> in both.</item>
/// <item><see cref="OutcomeChanges"/>: any other change of outcome, e.g. <c>pass</c> → <c>no-evidence</c>.</item>
/// </list>
/// A regression is a control whose outcome got worse (<see cref="OutcomeRank"/>) or an added control that fails.
/// </summary>
public sealed record RunDiff
{
    public required RunSnapshot Before { get; init; }
    public required RunSnapshot After { get; init; }
    public required IReadOnlyList<OutcomeChange> NewFailures { get; init; }
    public required IReadOnlyList<OutcomeChange> Resolved { get; init; }
    public required IReadOnlyList<OutcomeChange> StillFailing { get; init; }
    public required IReadOnlyList<OutcomeChange> OutcomeChanges { get; init; }
    /// <summary>Controls evaluated only in <see cref="After"/>.</summary>
    public required IReadOnlyList<ControlSnapshot> Added { get; init; }
    /// <summary>Controls evaluated only in <see cref="Before"/>.</summary>
    public required IReadOnlyList<ControlSnapshot> Removed { get; init; }
    public required IReadOnlyList<ParameterChange> ParameterChanges { get; init; }
    public required IReadOnlyList<WaiverChange> WaiverChanges { get; init; }
    /// <summary>Controls evaluated in both runs with the same outcome, parameters and waiver (still failing ones excluded).</summary>
    public required int Unchanged { get; init; }

    /// <summary>The controls that make this diff a regression, ordered by id.</summary>
    public IReadOnlyList<string> Regressions =>
    [
        .. NewFailures.Concat(OutcomeChanges).Where(c => c.IsRegression).Select(c => c.ControlId)
            .Concat(Added.Where(IsFailing).Select(c => c.ControlId))
            .Order(StringComparer.Ordinal),
    ];

    public bool HasRegression => Regressions.Count > 0;

    /// <summary>True when the runs agree on every control, parameter and waiver.</summary>
    public bool IsEmpty => NewFailures.Count + Resolved.Count + OutcomeChanges.Count + Added.Count + Removed.Count + ParameterChanges.Count + WaiverChanges.Count == 0;

    internal static bool IsFailing(ControlSnapshot control) => control.Outcome == Sdk.Results.Outcome.Fail;
}
