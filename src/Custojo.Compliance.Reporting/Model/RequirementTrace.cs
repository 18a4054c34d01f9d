using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Reporting.Model;

/// <summary>
/// One row of the traceability matrix: a guide requirement, the controls that implement it and the
/// requirement's outcome, which is the gravest outcome of its controls. <see cref="Outcome"/> is null
/// when no evaluated control implements the requirement (shown as "not covered").
/// </summary>
internal sealed record RequirementTrace(GuideRequirement Requirement, IReadOnlyList<ControlRunResult> Controls, Outcome? Outcome)
{
    public const string NotCovered = "not-covered";

    public string OutcomeName => Outcome is { } o ? OutcomeNames.Name(o) : NotCovered;
}
