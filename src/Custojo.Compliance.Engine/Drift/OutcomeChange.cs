using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Engine.Drift;

/// <summary>A control evaluated in both runs, with its outcome in each (equal for a control still failing).</summary>
public sealed record OutcomeChange(string ControlId, string Title, string Severity, Outcome Before, Outcome After)
{
    /// <summary>True when the outcome got worse (see <see cref="OutcomeRank"/>).</summary>
    public bool IsRegression => OutcomeRank.IsWorse(After, Before);
}
