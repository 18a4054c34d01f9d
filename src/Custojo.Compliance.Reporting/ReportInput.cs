using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Reporting.Model;

namespace Custojo.Compliance.Reporting;

/// <summary>
/// Everything a report is rendered from: the run, plus what the run record does not carry
/// (the guide's requirement catalogue for the traceability matrix, earlier scores for the trend).
/// Every format renders from the same input, so counts and outcomes agree across outputs.
/// </summary>
public sealed record ReportInput
{
    public required RunResult Run { get; init; }

    /// <summary>The guide's requirements in guide order. Empty: no traceability matrix, sections ordered by name.</summary>
    public IReadOnlyList<GuideRequirement> Requirements { get; init; } = [];

    /// <summary>Scores of earlier runs of the same workspace (any order). Empty: no trend chart.</summary>
    public IReadOnlyList<ScorePoint> History { get; init; } = [];
}
