using Custojo.Compliance.Sdk.Controls;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Engine.Runs;

/// <summary>Whether a run fails at a severity threshold: a fail, error or no-evidence at or above it does.</summary>
public static class RunVerdict
{
    public static bool Blocks(ControlRunResult result, Severity threshold) =>
        result.Outcome is Outcome.Fail or Outcome.Error or Outcome.NoEvidence
        && Enum.TryParse<Severity>(result.Severity, ignoreCase: true, out var severity)
        && severity >= threshold;

    public static IReadOnlyList<ControlRunResult> Blocking(RunResult run, Severity threshold) =>
        [.. run.Results.Where(r => Blocks(r, threshold))];
}
