using Custojo.Compliance.Engine.Evaluation;
using Custojo.Compliance.Engine.Packs;
using Custojo.Compliance.Sdk.Time;

namespace Custojo.Compliance.Engine.Runs;

/// <summary>One <c>custojo check</c>: the workspace, its pack, the window and what to evaluate.</summary>
public sealed record CheckRequest
{
    public required Workspace.Workspace Workspace { get; init; }
    public required PolicyPack Pack { get; init; }
    public required AuditWindow Window { get; init; }
    /// <summary>Evaluate with only the evidence imported at or before this instant.</summary>
    public DateTimeOffset? AsOf { get; init; }
    /// <summary>The waivers file to apply instead of the workspace's (<c>check --waivers FILE</c>).</summary>
    public string? WaiversPath { get; init; }
    public ControlSelection Selection { get; init; } = ControlSelection.All;
    public bool UseCache { get; init; } = true;
    /// <summary>See <see cref="EvaluationRequest.HoldCollector"/>.</summary>
    public bool HoldCollector { get; init; }
    public IProgress<EvaluationProgress>? Progress { get; init; }
}
