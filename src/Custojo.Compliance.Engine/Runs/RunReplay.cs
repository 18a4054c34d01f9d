using Custojo.Compliance.Engine.Evaluation;
using Custojo.Compliance.Engine.Loading;
using Custojo.Compliance.Engine.Packs;
using Custojo.Compliance.Engine.Waivers;
using Custojo.Compliance.Evidence;
using Custojo.Compliance.Evidence.Querying;
using Custojo.Compliance.Sdk.Time;

namespace Custojo.Compliance.Engine.Runs;

/// <summary>
/// Re-evaluates a stored run from what it recorded (<c>custojo runs replay</c>): the evidence up to its record
/// count (and as-of instant), the same pack (its fingerprint must match), its parameters, its controls and
/// its waiver set; then compares the serialised results with the stored ones. Nothing is saved.
/// </summary>
public sealed class RunReplay(TimeProvider clock)
{
    public ReplayResult Replay(Workspace.Workspace workspace, PolicyPack pack, StoredRun stored, bool useCache = true, IProgress<EvaluationProgress>? progress = null)
    {
        var run = stored.Run;
        RequireSamePack(pack, stored);
        var store = new EvidenceStore(workspace.StorePath, clock);
        RequireEvidence(store, stored);

        var evaluation = new PackEvaluator(clock).Evaluate(new EvaluationRequest
        {
            Pack = pack,
            Window = new AuditWindow(run.From, run.To, TimeZoneInfo.FindSystemTimeZoneById(run.TimeZone)),
            Evidence = store.Source(run.AsOf, upToRecord: run.EvidenceCount),
            StoredParameters = run.Parameters,
            Selection = new ControlSelection([.. run.Results.Select(r => r.ControlId)], [], []),
            Limits = SandboxLimits.Of(workspace.Config.Check),
            Parallelism = workspace.Config.Check.Parallelism,
            CacheDirectory = useCache ? workspace.CachePath : null,
            TimingsDirectory = useCache ? workspace.CachePath : null,
            Progress = progress,
        });
        var replayed = WaiverApplication.Apply(evaluation.Results, run.Waivers);
        return new ReplayResult { Stored = stored, Replayed = replayed, Differences = Compare(run.Results, replayed) };
    }

    private static List<ReplayDifference> Compare(IReadOnlyList<ControlRunResult> stored, IReadOnlyList<ControlRunResult> replayed)
    {
        var before = stored.ToDictionary(r => r.ControlId, StringComparer.Ordinal);
        var after = replayed.ToDictionary(r => r.ControlId, StringComparer.Ordinal);
        return
        [
            .. before.Keys.Union(after.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal)
                .Select(id => (Old: before.GetValueOrDefault(id), New: after.GetValueOrDefault(id), Id: id))
                .Where(x => x.Old is null || x.New is null || !Serialised(x.Old).SequenceEqual(Serialised(x.New)))
                .Select(x => new ReplayDifference(x.Id, x.Old?.Outcome, x.New?.Outcome, x.Old?.Message ?? "(not in the stored run)", x.New?.Message ?? "(not evaluated in the replay)")),
        ];
    }

    private static byte[] Serialised(ControlRunResult result) => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(result, RunJson.Options);

    private static void RequireSamePack(PolicyPack pack, StoredRun stored)
    {
        var run = stored.Run;
        if (pack.Fingerprint == run.PackFingerprint) return;
        var compiler = new PolicyCompiler(pack, cache: null);
        var files = pack.Files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        var changed = run.Policies
            .Where(p => !files.TryGetValue(p.File, out var file) || compiler.SourceHashOf(file) != p.Sha256)
            .Select(p => files.ContainsKey(p.File) ? p.File : p.File + " (removed)")
            .ToList();
        var which = changed.Count > 0
            ? $"changed policy files: {string.Join(", ", changed)}"
            : "no policy file this run evaluated changed, but other pack files did (pack.json, guide/requirements.json or policies it did not evaluate)";
        throw new InputException(
            $"Run #{stored.Sequence} {run.RunId} was evaluated with pack fingerprint {run.PackFingerprint[..16]}…, the pack at {pack.Root} has {pack.Fingerprint[..16]}…: {which}. " +
            "Replay with the pack the run used (check it out again, or point --policies at it).");
    }

    private static void RequireEvidence(EvidenceStore store, StoredRun stored)
    {
        var run = stored.Run;
        if (store.Exists && store.Head().Records >= run.EvidenceCount && ChainHistory.Contains(store.DatabasePath, run.EvidenceChainHead)) return;
        throw new InputException(
            $"Run #{stored.Sequence} {run.RunId} was computed on {run.EvidenceCount} evidence records with chain head {run.EvidenceChainHead[..16]}…, which {store.DatabasePath} does not hold. " +
            "Replay in the workspace (or with the --db) the run was made in; custojo evidence verify names an altered store.");
    }
}
