using Custojo.Compliance.Engine.Evaluation;
using Custojo.Compliance.Engine.Waivers;
using Custojo.Compliance.Evidence;

namespace Custojo.Compliance.Engine.Runs;

/// <summary>
/// Evaluates the pack over the workspace's evidence and records the run: the evidence is pinned to the
/// chain head read at the start, so an import running meanwhile cannot change what the run saw.
/// Waivers are read (and refused when invalid) before anything is evaluated, and applied afterwards.
/// </summary>
public sealed class ComplianceCheck(TimeProvider clock)
{
    public RunResult Run(CheckRequest request)
    {
        BackgroundWarmUp.Start(RunJson.Prepare); // ready by the time the run is saved
        var workspace = request.Workspace;
        var waivers = WaiverFile.Load(request.WaiversPath ?? workspace.WaiversPath, request.Pack.ControlIds(), workspace.Config.Waivers);
        var store = new EvidenceStore(workspace.StorePath, clock);
        store.EnsureCreated();
        var head = store.Head();
        var startedAt = clock.GetUtcNow();
        var evaluation = new PackEvaluator(clock).Evaluate(new EvaluationRequest
        {
            Pack = request.Pack,
            Window = request.Window,
            Evidence = store.Source(request.AsOf, head.Records),
            ParameterOverrides = workspace.Config.Parameters,
            Selection = request.Selection,
            Limits = SandboxLimits.Of(workspace.Config.Check),
            Parallelism = workspace.Config.Check.Parallelism,
            CacheDirectory = request.UseCache ? workspace.CachePath : null,
            TimingsDirectory = request.UseCache ? workspace.CachePath : null,
            HoldCollector = request.HoldCollector,
            Progress = request.Progress,
        });
        var run = new RunResult
        {
            RunId = "",
            Organisation = workspace.Config.Organisation,
            Installation = workspace.Config.Installation,
            From = request.Window.From,
            To = request.Window.To,
            TimeZone = workspace.Config.TimeZone,
            AsOf = request.AsOf,
            PackName = request.Pack.Manifest.Name,
            PackVersion = request.Pack.Manifest.Version,
            PackFingerprint = evaluation.PackFingerprint,
            Policies = evaluation.Policies,
            Parameters = evaluation.Parameters,
            EvidenceChainHead = head.Hash,
            EvidenceCount = head.Records,
            EngineVersion = EngineInfo.Version,
            StartedAt = startedAt,
            EndedAt = clock.GetUtcNow(),
            Waivers = new WaiverSet
            {
                Items = [.. waivers.Where(w => evaluation.Results.Any(r => r.ControlId == w.ControlId))],
                DecidedAt = request.AsOf ?? startedAt,
                WarnWithinDays = workspace.Config.Waivers.WarnWithinDays,
            },
            Results = evaluation.Results,
        };
        run = run with { Results = WaiverApplication.Apply(run.Results, run.Waivers) };
        run = run with { RunId = RunIdentity.Of(run, request.Selection) };
        new RunStore(workspace.StorePath).Save(run);
        return run;
    }
}
