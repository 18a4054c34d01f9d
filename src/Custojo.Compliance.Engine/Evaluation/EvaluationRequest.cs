using System.Text.Json;
using Custojo.Compliance.Engine.Packs;
using Custojo.Compliance.Sdk.Querying;
using Custojo.Compliance.Sdk.Time;

namespace Custojo.Compliance.Engine.Evaluation;

/// <summary>Everything one evaluation of a pack depends on. Same request, same results.</summary>
public sealed record EvaluationRequest
{
    public required PolicyPack Pack { get; init; }
    public required AuditWindow Window { get; init; }
    public required IEvidenceSource Evidence { get; init; }
    public IReadOnlyDictionary<string, Dictionary<string, JsonElement>> ParameterOverrides { get; init; } = new Dictionary<string, Dictionary<string, JsonElement>>();
    /// <summary>
    /// Parameters as a stored run rendered them (<c>runs replay</c>): when set, they replace
    /// <see cref="ParameterOverrides"/> and are read in each parameter's declared type.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? StoredParameters { get; init; }
    public ControlSelection Selection { get; init; } = ControlSelection.All;
    public SandboxLimits Limits { get; init; } = SandboxLimits.Default;
    /// <summary>Controls evaluated at once; 0 = number of processors.</summary>
    public int Parallelism { get; init; }
    /// <summary>Folder of the compiled policy cache; null compiles every time.</summary>
    public string? CacheDirectory { get; init; }
    /// <summary>
    /// Folder where each control's evaluation time is kept, so the next run starts the slowest first (see
    /// <see cref="ControlTimings"/>); null evaluates in control id order. Checks of a workspace set it, fixture
    /// runs do not (their tiny timelines would mislead the next check).
    /// </summary>
    public string? TimingsDirectory { get; init; }
    /// <summary>
    /// Holds the garbage collector off while the controls run, and while the policies compile when Roslyn has to compile
    /// one (see <see cref="CollectionHold"/>): for a process whose one job is this evaluation, such as a
    /// <c>custojo check</c>; never when several evaluations share a process.
    /// </summary>
    public bool HoldCollector { get; init; }
    public IProgress<EvaluationProgress>? Progress { get; init; }
}
