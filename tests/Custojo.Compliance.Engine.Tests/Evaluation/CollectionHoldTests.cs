using System.Runtime;
using Custojo.Compliance.Engine.Caching;
using Custojo.Compliance.Engine.Evaluation;
using Custojo.Compliance.Engine.Loading;
using Custojo.Compliance.Engine.Packs;
using Custojo.Compliance.Sdk.Results;
using Custojo.Compliance.Sdk.Time;

namespace Custojo.Compliance.Engine.Tests.Evaluation;

/// <summary>The hold is process-wide: these tests run alone, and each leaves the collector as it found it.</summary>
[CollectionDefinition(nameof(CollectionHoldTests), DisableParallelization = true)]
public sealed class CollectionHoldCollection;

[Collection(nameof(CollectionHoldTests))]
public sealed class CollectionHoldTests : IDisposable
{
    private const long Budget = 64L * 1024 * 1024;

    private readonly TestPack _pack = new();

    public void Dispose()
    {
        _pack.Dispose();
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_hold_keeps_the_collector_off_while_allocating_within_its_budget_and_ends_when_disposed()
    {
        using (var hold = CollectionHold.Begin(Budget))
        {
            Assert.True(hold.Holding);
            var collections = GC.CollectionCount(0); // after the one the hold starts with
            var kept = new List<byte[]>();
            for (var i = 0; i < 16; i++) kept.Add(new byte[1024 * 1024]);
            Assert.Equal(collections, GC.CollectionCount(0));
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            GC.KeepAlive(kept);
        }

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_second_hold_while_one_is_on_does_not_hold_and_leaves_the_first_in_place()
    {
        using var first = CollectionHold.Begin(Budget);
        using (var second = CollectionHold.Begin(Budget))
        {
            Assert.True(first.Holding);
            Assert.False(second.Holding);
        }

        Assert.True(first.Holding);
    }

    [Fact]
    public void A_hold_whose_budget_runs_out_lets_the_collector_back_and_ends_without_error()
    {
        var hold = CollectionHold.Begin(4L * 1024 * 1024);
        Assert.True(hold.Holding);

        var kept = new List<byte[]>();
        for (var i = 0; i < 64; i++) kept.Add(new byte[256 * 1024]);
        GC.KeepAlive(kept);

        Assert.False(hold.Holding);
        hold.Dispose();
        Assert.False(hold.Holding);
    }

    [Fact]
    public void A_budget_larger_than_the_collector_can_set_aside_does_not_hold_and_fails_nothing()
    {
        using var hold = CollectionHold.Begin(long.MaxValue / 2);

        Assert.False(hold.Holding);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void An_evaluation_that_holds_the_collector_gives_the_same_results_and_releases_it()
    {
        _pack.With("backup/pass.csx", """
            Control("T-PASS-01").Title("Passes").Implements("X").Remediation("None.").Check(ctx => ctx.Pass("fine"));
            Control("T-FAIL-02").Title("Fails").Implements("X").Remediation("None.").Check(ctx => ctx.Fail("late", []));
            """);
        var window = new AuditWindow(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);
        PackEvaluation Evaluate(bool hold) => new PackEvaluator(TimeProvider.System).Evaluate(new EvaluationRequest
        {
            Pack = _pack.Load(), Window = window, Evidence = new Demo.RecordsEvidence([]), HoldCollector = hold,
        });

        var held = Evaluate(hold: true);
        var plain = Evaluate(hold: false);

        Assert.Equal(plain.Results.Select(r => (r.ControlId, r.Outcome, r.Message)), held.Results.Select(r => (r.ControlId, r.Outcome, r.Message)));
        Assert.Equal([Outcome.Fail, Outcome.Pass], held.Results.Select(r => r.Outcome));
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_compile_asked_to_hold_the_collector_holds_it_from_the_first_file_compiled_until_the_last_is_done(bool holdCollector)
    {
        var pack = ThreeFiles();
        var modes = new RecordedModes();

        var compiled = PackEvaluator.Compile(new PolicyCompiler(pack, cache: null), [.. pack.Files], parallelism: 1, holdCollector, modes);

        Assert.All(compiled.Values, c => Assert.False(c.FromCache));
        Assert.Equal(Enumerable.Repeat(holdCollector, 3), modes.Held);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_compile_whose_files_all_come_from_the_cache_never_holds_the_collector()
    {
        var pack = ThreeFiles();
        var cache = Path.Combine(_pack.Root, ".cache");
        PackEvaluator.Compile(new PolicyCompiler(pack, new CompiledPolicyCache(cache)), [.. pack.Files], parallelism: 1, holdCollector: false, progress: null);
        var modes = new RecordedModes();

        var compiled = PackEvaluator.Compile(new PolicyCompiler(pack, new CompiledPolicyCache(cache)), [.. pack.Files], parallelism: 1, holdCollector: true, modes);

        Assert.All(compiled.Values, c => Assert.True(c.FromCache));
        Assert.Equal([false, false, false], modes.Held);
    }

    private PolicyPack ThreeFiles()
    {
        foreach (var (path, id) in new[] { ("backup/a.csx", "T-A-01"), ("backup/b.csx", "T-B-01"), ("access/c.csx", "T-C-01") })
            _pack.With(path, $"""Control("{id}").Title("T").Implements("X").Remediation("None.").Check(ctx => ctx.Pass("fine"));""");
        return _pack.Load();
    }

    /// <summary>Whether the collector was held when each file's compile was reported, on the worker that compiled it.</summary>
    private sealed class RecordedModes : IProgress<EvaluationProgress>
    {
        public List<bool> Held { get; } = [];

        public void Report(EvaluationProgress value) => Held.Add(GCSettings.LatencyMode == GCLatencyMode.NoGCRegion);
    }
}
