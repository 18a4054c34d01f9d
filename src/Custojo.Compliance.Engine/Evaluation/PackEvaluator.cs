using System.Collections.Concurrent;
using Custojo.Compliance.Engine.Caching;
using Custojo.Compliance.Engine.Loading;
using Custojo.Compliance.Engine.Packs;
using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Sdk.Controls;
using Custojo.Compliance.Sdk.Querying;
using Custojo.Compliance.Sdk.Results;
using Custojo.Compliance.Engine.Linting;

namespace Custojo.Compliance.Engine.Evaluation;

/// <summary>
/// Evaluates a pack over a window: selects files, compiles them (or takes them from the cache), runs
/// each file's top level to declare its controls, then runs every selected control's check in the
/// sandbox, in parallel. Results come back ordered by control id, whatever the scheduling.
/// </summary>
public sealed class PackEvaluator
{
    private readonly TimeProvider _clock;
    private readonly Sandbox _sandbox;

    public PackEvaluator(TimeProvider clock)
    {
        _clock = clock;
        _sandbox = new Sandbox(clock);
    }

    public PackEvaluation Evaluate(EvaluationRequest request)
    {
        var pack = request.Pack;
        var parallelism = request.Parallelism > 0 ? request.Parallelism : Environment.ProcessorCount;
        var compiler = new PolicyCompiler(pack, request.CacheDirectory is null ? null : new CompiledPolicyCache(request.CacheDirectory));
        // Both read files and hash them, about 0.03 s in a fresh process: done on the other core while this one reads
        // which files declare the selected controls, they no longer delay a check of one control.
        BackgroundWarmUp.Start(compiler.PrepareCacheKeys);
        BackgroundWarmUp.Start(() => _ = pack.Fingerprint);
        var declared = pack.Files.ToDictionary(f => f, pack.DeclaredIn);
        var files = pack.Files.Where(f => request.Selection.SelectsFile(f.Section, declared[f])).ToList();

        var compiled = Compile(compiler, files, parallelism, request.HoldCollector, request.Progress);

        var context = new PolicyLoadContext();
        try
        {
            var results = new List<ControlRunResult>();
            var runnable = new List<(ControlDefinition Control, PolicyFile File)>();
            foreach (var file in files)
            {
                var outcome = compiled[file];
                if (outcome.Policy is null)
                {
                    results.AddRange(SelectedStatic(request.Selection, file, declared[file]).Select(id => ErrorResult(pack, file, id, NotRunMessage(file, outcome.Errors))));
                    continue;
                }
                var declaration = _sandbox.Run($"{file.RelativePath} (top level)", request.Limits, () => PolicyRunner.Declare(outcome.Policy, context));
                if (!declaration.Succeeded)
                {
                    results.AddRange(SelectedStatic(request.Selection, file, declared[file]).Select(id => ErrorResult(pack, file, id, declaration.Error!)));
                    continue;
                }
                runnable.AddRange(declaration.Value!.Where(c => request.Selection.Selects(c.Id, c.Tags, file.Section)).Select(c => (c, file)));
            }

            var duplicates = runnable.GroupBy(r => r.Control.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).ToDictionary(g => g.Key, g => g.Select(r => r.File.RelativePath).ToList(), StringComparer.Ordinal);
            foreach (var (id, paths) in duplicates)
                results.Add(ErrorResult(pack, runnable.First(r => r.Control.Id == id).File, id, $"Control id {id} is declared more than once ({string.Join(", ", paths)}). Give each control a unique id."));
            runnable.RemoveAll(r => duplicates.ContainsKey(r.Control.Id));

            var parameters = new SortedDictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
            var checks = runnable.OrderBy(r => r.Control.Id, StringComparer.Ordinal).Select(r =>
            {
                var (values, shown) = request.StoredParameters is { } stored
                    ? ParameterResolver.Resolve(r.Control, StoredParameters.AsOverrides(r.Control, stored))
                    : ParameterResolver.Resolve(r.Control, request.ParameterOverrides);
                parameters[r.Control.Id] = shown;
                return (r.Control, r.File, values);
            }).ToList();

            // One control keeps one worker busy, which the collector stops alone; the hold would only add the
            // collection it starts with (about 0.02 s, a tenth of a one-control evaluation).
            using (request.HoldCollector && checks.Count > 1 ? CollectionHold.Begin() : null)
                results.AddRange(RunChecks(request, new SharedEvidence(request.Evidence), checks, parallelism));
            return new PackEvaluation
            {
                Results = [.. results.OrderBy(r => r.ControlId, StringComparer.Ordinal)],
                Policies = [.. files.Where(f => compiled[f].Policy is not null).Select(f => new PolicyHash(f.RelativePath, compiled[f].Policy!.SourceHash))],
                PackFingerprint = pack.Fingerprint,
                Parameters = parameters,
                FilesCompiled = compiled.Values.Count(c => !c.FromCache),
                FilesFromCache = compiled.Values.Count(c => c.FromCache),
            };
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>
    /// Declares every control of the pack without evaluating any: their metadata, parameters and defaults,
    /// for the control catalogue. Files that do not compile or whose top level fails are listed as problems.
    /// </summary>
    public PackDescription Describe(PolicyPack pack, string? cacheDirectory, SandboxLimits? limits = null)
    {
        var compiler = new PolicyCompiler(pack, cacheDirectory is null ? null : new CompiledPolicyCache(cacheDirectory));
        var compiled = Compile(compiler, [.. pack.Files], Environment.ProcessorCount, holdCollector: false, progress: null);
        var context = new PolicyLoadContext();
        try
        {
            var controls = new List<DescribedControl>();
            var problems = new List<string>();
            foreach (var file in pack.Files)
            {
                if (compiled[file].Policy is not { } policy)
                {
                    problems.Add(NotRunMessage(file, compiled[file].Errors));
                    continue;
                }
                var declaration = _sandbox.Run($"{file.RelativePath} (top level)", limits ?? SandboxLimits.Default, () => PolicyRunner.Declare(policy, context));
                if (declaration.Succeeded)
                    controls.AddRange(declaration.Value!.Select(c => new DescribedControl(c, file, pack.SectionTitle(file.Section))));
                else
                    problems.Add(declaration.Error!);
            }
            return new PackDescription([.. controls.OrderBy(c => c.Control.Id, StringComparer.Ordinal)], problems);
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>
    /// Compiles <paramref name="files"/> on up to <paramref name="parallelism"/> workers (the benchmark's cold compile
    /// calls it too). With <paramref name="holdCollector"/>, the collector is held off from the first file Roslyn had
    /// to compile until the last is done: each file's compilations are garbage once it is emitted, but the collections
    /// that ran every 14 MiB or so paused both workers for the referenced assemblies' symbols and the files still being
    /// compiled (16 collections, 0.23–0.28 s, in a cold compile of the pack that allocates 231 MiB).
    /// </summary>
    internal static Dictionary<PolicyFile, PolicyCompileResult> Compile(PolicyCompiler compiler, List<PolicyFile> files, int parallelism, bool holdCollector, IProgress<EvaluationProgress>? progress)
    {
        var compiled = new ConcurrentDictionary<PolicyFile, PolicyCompileResult>();
        var done = 0;
        // Not begun for a check whose policies all come from the cache: beginning collects once.
        var hold = new Lazy<CollectionHold>(() => CollectionHold.Begin(), LazyThreadSafetyMode.ExecutionAndPublication);
        try
        {
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, file =>
            {
                var result = compiler.Compile(file);
                if (holdCollector && !result.FromCache && files.Count > 1) _ = hold.Value;
                compiled[file] = result;
                progress?.Report(new EvaluationProgress("compile", Interlocked.Increment(ref done), files.Count));
            });
        }
        finally
        {
            if (hold.IsValueCreated) hold.Value.Dispose();
        }

        return new Dictionary<PolicyFile, PolicyCompileResult>(compiled);
    }

    private ControlRunResult[] RunChecks(EvaluationRequest request, SharedEvidence evidence, List<(ControlDefinition Control, PolicyFile File, IReadOnlyDictionary<string, object> Values)> checks, int parallelism)
    {
        var results = new ControlRunResult[checks.Count];
        // The timings order a run of several controls. One control alone has nothing to order, and its time without
        // the pack's contention would mislead the next full run; reading and writing the file cost it about 0.02 s.
        var timings = new ControlTimings(checks.Count > 1 ? request.TimingsDirectory : null);
        var earlier = timings.Load();
        var seconds = new ConcurrentDictionary<string, double>(StringComparer.Ordinal);
        var slowestFirst = ControlTimings.SlowestFirst([.. checks.Select(c => c.Control.Id)], earlier);
        var done = 0;
        // One control at a time per worker, in that order: the default chunking would let a worker queue up work.
        Parallel.ForEach(Partitioner.Create(slowestFirst, EnumerablePartitionerOptions.NoBuffering), new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
        {
            var (control, file, values) = checks[i];
            var started = _clock.GetTimestamp();
            results[i] = Evaluate(request, evidence, control, file, values);
            seconds[control.Id] = _clock.GetElapsedTime(started).TotalSeconds;
            request.Progress?.Report(new EvaluationProgress("evaluate", Interlocked.Increment(ref done), checks.Count));
        });
        timings.Save(earlier, seconds);
        return results;
    }

    private ControlRunResult Evaluate(EvaluationRequest request, SharedEvidence evidence, ControlDefinition control, PolicyFile file, IReadOnlyDictionary<string, object> values)
    {
        if (control.Check is not { } check)
            return WithMetadata(request.Pack, file, control, new ControlResult(Outcome.Error, $"Control {control.Id} declares no check. Add .Check(ctx => ...)."));
        var context = new CheckContext(control.Id, request.Window, values, evidence);
        var outcome = _sandbox.Run($"Control {control.Id}", request.Limits, () => check(context));
        var result = outcome switch
        {
            { Succeeded: false } => new ControlResult(Outcome.Error, outcome.Error!),
            { Value: null } => new ControlResult(Outcome.Error, $"Control {control.Id} returned no result. Return ctx.Pass(...), ctx.Fail(...), ctx.NoEvidence(...) or ctx.NotApplicable(...)."),
            { Value.Outcome: Outcome.Error or Outcome.Waived } => new ControlResult(Outcome.Error, $"Control {control.Id} returned '{outcome.Value.Outcome}', which only the engine may set."),
            _ => outcome.Value,
        };
        return WithMetadata(request.Pack, file, control, result);
    }

    private static IEnumerable<string> SelectedStatic(ControlSelection selection, PolicyFile file, IReadOnlyList<(string Id, IReadOnlyList<string> Tags)> declared)
    {
        var ids = declared.Where(c => selection.Selects(c.Id, c.Tags, file.Section)).Select(c => c.Id).Distinct(StringComparer.Ordinal).ToList();
        // A file whose controls cannot even be read still shows up, under its own name.
        return ids.Count > 0 ? ids : [file.RelativePath];
    }

    private static string NotRunMessage(PolicyFile file, IReadOnlyList<LintDiagnostic> errors)
    {
        var shown = errors.Take(3).Select(d => $"{d.File}:{d.Line}:{d.Column}: {d.Id}: {d.Message}");
        var more = errors.Count > 3 ? $" (+{errors.Count - 3} more; run custojo policy lint)" : "";
        return $"Not run: {file.RelativePath} has {errors.Count} error diagnostic(s): {string.Join("; ", shown)}{more}";
    }

    private static ControlRunResult ErrorResult(PolicyPack pack, PolicyFile file, string controlId, string message) => new()
    {
        ControlId = controlId,
        Title = controlId,
        Severity = Severity.High.ToString().ToLowerInvariant(),
        Section = pack.SectionTitle(file.Section),
        Requirements = [],
        Frameworks = [],
        Remediation = "Fix the policy file (see the message), then run custojo policy lint and custojo policy test.",
        PolicyFile = file.RelativePath,
        Outcome = Outcome.Error,
        Message = message,
        Findings = [],
        Evidence = [],
    };

    private static ControlRunResult WithMetadata(PolicyPack pack, PolicyFile file, ControlDefinition control, ControlResult result) => new()
    {
        ControlId = control.Id,
        Title = control.Title,
        Severity = control.Severity.ToString().ToLowerInvariant(),
        Section = pack.SectionTitle(file.Section),
        Requirements = control.Requirements,
        Frameworks = control.Frameworks,
        Remediation = control.Remediation,
        PolicyFile = file.RelativePath,
        Outcome = result.Outcome,
        Message = result.Message,
        Findings = result.Findings,
        Evidence = result.Evidence,
    };
}
