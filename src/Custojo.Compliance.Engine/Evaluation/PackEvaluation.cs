using Custojo.Compliance.Engine.Runs;

namespace Custojo.Compliance.Engine.Evaluation;

/// <summary>The results of evaluating a pack, with what a run record needs to be reproducible.</summary>
public sealed record PackEvaluation
{
    public required IReadOnlyList<ControlRunResult> Results { get; init; }
    public required IReadOnlyList<PolicyHash> Policies { get; init; }
    public required string PackFingerprint { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Parameters { get; init; }
    public required int FilesCompiled { get; init; }
    public required int FilesFromCache { get; init; }
}
