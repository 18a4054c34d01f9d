using System.Collections.Concurrent;
using Custojo.Compliance.Engine.Evaluation;
using Custojo.Compliance.Engine.Packs;
using Custojo.Compliance.Evidence;
using Custojo.Compliance.Sdk.Querying;
using Custojo.Compliance.Sdk.Time;

namespace Custojo.Compliance.Benchmarks;

/// <summary>
/// Where a warm check's time goes over an existing workspace's store: the pack from the cache, then every
/// control alone on one thread (CPU time), and the rows each evidence kind delivers, read raw.
/// </summary>
internal static class CheckStages
{
    public static void Run(string workspace, string policies, int days)
    {
        var store = new EvidenceStore(Path.Combine(workspace, ".custojo", "evidence.db"), TimeProvider.System);
        var pack = PolicyPack.Load(policies);
        var last = store.Stats().Max(s => s.LastObserved);
        var to = new DateTimeOffset(last.UtcDateTime.Date, TimeSpan.Zero);
        var window = new AuditWindow(to.AddDays(-days), to, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        var cache = Path.Combine(Path.GetTempPath(), "custojo-bench-check-cache");
        var counting = new CountingSource(store.Source());
        var evaluator = new PackEvaluator(TimeProvider.System);
        EvaluationRequest Request(ControlSelection selection, IEvidenceSource source) => new()
        {
            Pack = pack, Window = window, Evidence = source, Selection = selection, Parallelism = 1, CacheDirectory = cache,
            Limits = new SandboxLimits(TimeSpan.FromMinutes(5), 4L << 30),
        };

        var all = CpuTime.Measure("pack, every control, 1 thread", () => evaluator.Evaluate(Request(ControlSelection.All, counting)));
        var ids = evaluator.Evaluate(Request(ControlSelection.All, store.Source())).Results.Select(r => r.ControlId).ToList();
        var empty = CpuTime.Measure("pack, no control selected", () => evaluator.Evaluate(Request(new ControlSelection(["NONE"], [], []), store.Source())));
        var perControl = ids.Select(id => (Id: id, Cpu: CpuTime.Measure(null, () => evaluator.Evaluate(Request(new ControlSelection([id], [], []), store.Source()))) - empty))
            .OrderByDescending(c => c.Cpu).ToList();
        Console.WriteLine("slowest controls (CPU s, pack overhead subtracted):");
        foreach (var (id, cpu) in perControl.Take(15)) Console.WriteLine($"  {id,-16} {cpu.TotalSeconds,6:N2}");
        Console.WriteLine($"sum over controls {perControl.Sum(c => c.Cpu.TotalSeconds):N2} s; one run of all {all.TotalSeconds:N2} s");
        Console.WriteLine("rows delivered per kind (queries, rows, raw read CPU s):");
        foreach (var (kind, (queries, rows)) in counting.Counts.OrderByDescending(c => c.Value.Rows).Take(12))
        {
            var read = CpuTime.Measure(null, () => store.Source().Query(kind, window.From.AddDays(-30), window.To.AddDays(30), null).Count());
            Console.WriteLine($"  {kind,-24} {queries,5} {rows,10:N0}   one full read {read.TotalSeconds:N2}");
        }
    }

    private sealed class CountingSource(IEvidenceSource inner) : IEvidenceSource
    {
        public ConcurrentDictionary<string, (long Queries, long Rows)> Counts { get; } = new(StringComparer.Ordinal);

        public IEnumerable<StoredEvidence> Query(string kind, DateTimeOffset fromInclusive, DateTimeOffset toExclusive, string? subject)
        {
            Counts.AddOrUpdate(kind, (1, 0), (_, c) => (c.Queries + 1, c.Rows));
            foreach (var row in inner.Query(kind, fromInclusive, toExclusive, subject))
            {
                Counts.AddOrUpdate(kind, (1, 1), (_, c) => (c.Queries, c.Rows + 1));
                yield return row;
            }
        }
    }
}
