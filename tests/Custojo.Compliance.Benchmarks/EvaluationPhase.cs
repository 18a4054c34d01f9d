using Custojo.Compliance.Engine.Evaluation;
using Custojo.Compliance.Engine.Packs;
using Custojo.Compliance.Engine.Workspace;
using Custojo.Compliance.Evidence;
using Custojo.Compliance.Sdk.Time;

namespace Custojo.Compliance.Benchmarks;

/// <summary>
/// The evaluation phase of a check as the CLI runs it (the workspace's pack or --policies, cache, control timings,
/// parallelism and limits; the window of <c>--last Nd</c> before CUSTOJO_NOW), alone in this process: wall and CPU of <see cref="PackEvaluator"/>
/// for the whole pack or for the controls given. Run once per process (bench-cli.sh runs it for the pack and for
/// one control), so both pay the same first-use costs a check pays, and neither is warmed by the other.
/// </summary>
internal static class EvaluationPhase
{
    public static void Run(string workspaceRoot, string? policies, IReadOnlyList<string> controls, int days)
    {
        var workspace = Workspace.Load(workspaceRoot, policiesOverride: policies);
        var pack = PolicyPack.Load(workspace.RequirePolicies(), workspace.CachePath);
        _ = pack.ControlIds(); // a check reads every file's declared controls before its evaluation, to load the waivers
        var store = new EvidenceStore(workspace.StorePath, TimeProvider.System);
        var head = store.Head();
        // The window of `check --last Nd`: whole local days before today, today being CUSTOJO_NOW when it is set.
        var now = Environment.GetEnvironmentVariable("CUSTOJO_NOW") is { Length: > 0 } pinned
            ? DateTimeOffset.Parse(pinned, System.Globalization.CultureInfo.InvariantCulture)
            : DateTimeOffset.UtcNow;
        var request = new EvaluationRequest
        {
            Pack = pack,
            Window = AuditPeriod.Last(TimeSpan.FromDays(days), now, workspace.Zone),
            Evidence = store.Source(null, head.Records),
            ParameterOverrides = workspace.Config.Parameters,
            Selection = controls.Count == 0 ? ControlSelection.All : new ControlSelection([.. controls], [], []),
            Limits = SandboxLimits.Of(workspace.Config.Check),
            Parallelism = workspace.Config.Check.Parallelism,
            CacheDirectory = workspace.CachePath,
            TimingsDirectory = workspace.CachePath, // slowest controls first, as a check schedules them
            HoldCollector = true, // as a check does
        };
        var label = controls.Count == 0 ? "evaluation phase, whole pack" : $"evaluation phase, {string.Join(",", controls)}";
        PackEvaluation? evaluation = null;
        var (methodsBefore, ilBefore, jitBefore) = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompiledILBytes(), System.Runtime.JitInfo.GetCompilationTime());
        CpuTime.Measure(label, () => evaluation = new PackEvaluator(TimeProvider.System).Evaluate(request));
        Console.WriteLine($"  {evaluation!.Results.Count} control result(s); policy files: {evaluation.FilesFromCache} from the cache, {evaluation.FilesCompiled} compiled; {head.Records:N0} records");
        Console.WriteLine($"  GCs gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, pauses {GC.GetTotalPauseDuration().TotalSeconds:N2} s, " +
            $"{GC.GetTotalAllocatedBytes() / (1024 * 1024):N0} MiB allocated, working set at the end {Environment.WorkingSet / (1024 * 1024):N0} MiB");
        Console.WriteLine($"  JIT: {System.Runtime.JitInfo.GetCompiledMethodCount():N0} methods, {System.Runtime.JitInfo.GetCompiledILBytes() / 1024:N0} KiB of IL, {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:N2} s (process); " +
            $"in the evaluation phase {System.Runtime.JitInfo.GetCompiledMethodCount() - methodsBefore:N0} methods, {(System.Runtime.JitInfo.GetCompiledILBytes() - ilBefore) / 1024:N0} KiB, {(System.Runtime.JitInfo.GetCompilationTime() - jitBefore).TotalSeconds:N2} s");
        if (evaluation.Results.Count == 0) throw new InvalidOperationException("No control was evaluated: check the --controls ids.");
    }
}
