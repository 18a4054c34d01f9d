using Custojo.Compliance.Engine.Evaluation;
using Custojo.Compliance.Sdk.Results;
using Custojo.Compliance.Sdk.Time;

namespace Custojo.Compliance.Engine.Tests.Evaluation;

public sealed class PackEvaluatorTests : IDisposable
{
    private static readonly AuditWindow Window = new(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);
    private readonly TestPack _pack = new();

    public void Dispose() => _pack.Dispose();

    private PackEvaluation Evaluate(ControlSelection? selection = null, SandboxLimits? limits = null) =>
        new PackEvaluator(TimeProvider.System).Evaluate(new EvaluationRequest
        {
            Pack = _pack.Load(),
            Window = Window,
            Evidence = new Demo.RecordsEvidence([]),
            Selection = selection ?? ControlSelection.All,
            Limits = limits ?? SandboxLimits.Default,
        });

    private const string Passing = """
        Control("T-PASS-01").Title("Always evaluated").Implements("X").Remediation("None.").Tags("fast")
            .Check(ctx => ctx.Pass($"window {ctx.Window.From:yyyy-MM-dd}"));
        """;

    [Fact]
    public void A_declared_control_is_evaluated_with_its_metadata()
    {
        _pack.With("backup/pass.csx", Passing);

        var result = Assert.Single(Evaluate().Results);

        Assert.Equal("T-PASS-01", result.ControlId);
        Assert.Equal(Outcome.Pass, result.Outcome);
        Assert.Equal("window 2026-10-01", result.Message);
        Assert.Equal("Backup Management", result.Section);
        Assert.Equal("backup/pass.csx", result.PolicyFile);
    }

    private const string Failing = """
        Control("T-FAIL-02").Title("Fails").Implements("X").Remediation("None.").Check(ctx => ctx.Fail("late", []));
        """;

    private const string EarlierTimings = "custojo control timings 1\nT-FAIL-02\t0.001\nT-PASS-01\t9\nend\n";

    /// <summary>Runs <paramref name="test"/> with a pack of a passing and a failing control and a timings folder of its own.</summary>
    private void WithTimings(Action<string, Func<ControlSelection, PackEvaluation>> test)
    {
        _pack.With("backup/pass.csx", Passing).With("backup/fail.csx", Failing);
        var folder = Directory.CreateTempSubdirectory("custojo-timings-").FullName;
        try
        {
            test(Path.Combine(folder, "control-timings.tsv"), selection => new PackEvaluator(TimeProvider.System).Evaluate(new EvaluationRequest
            {
                Pack = _pack.Load(), Window = Window, Evidence = new Demo.RecordsEvidence([]), Parallelism = 1, TimingsDirectory = folder, Selection = selection,
            }));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_check_keeps_each_control_s_time_and_a_run_ordered_by_them_gives_the_same_results() => WithTimings((file, run) =>
    {
        var first = run(ControlSelection.All);
        var timings = File.ReadAllLines(file);
        File.WriteAllText(file, EarlierTimings);
        var second = run(ControlSelection.All);

        Assert.Equal(["T-FAIL-02", "T-PASS-01"], timings[1..^1].Select(line => line.Split('\t')[0]));
        Assert.Equal(["T-FAIL-02", "T-PASS-01"], second.Results.Select(r => r.ControlId));
        Assert.Equal(first.Results.Select(r => (r.Outcome, r.Message)), second.Results.Select(r => (r.Outcome, r.Message)));
    });

    [Fact]
    public void A_run_of_one_control_leaves_the_timings_of_the_pack_as_they_were() => WithTimings((file, run) =>
    {
        File.WriteAllText(file, EarlierTimings);

        var result = run(new ControlSelection(["T-PASS-01"], [], []));

        Assert.Equal("T-PASS-01", Assert.Single(result.Results).ControlId);
        Assert.Equal(EarlierTimings, File.ReadAllText(file));
    });

    [Fact]
    public void A_throwing_control_is_an_error_and_the_others_still_evaluate()
    {
        _pack.With("backup/pass.csx", Passing)
            .With("backup/throws.csx", """Control("T-THROW-01").Title("t").Implements("X").Remediation("r").Check(ctx => throw new InvalidOperationException("boom"));""");

        var results = Evaluate().Results;

        Assert.Equal(Outcome.Pass, results.Single(r => r.ControlId == "T-PASS-01").Outcome);
        var error = results.Single(r => r.ControlId == "T-THROW-01");
        Assert.Equal(Outcome.Error, error.Outcome);
        Assert.Contains("InvalidOperationException: boom", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_match_on_a_property_the_kind_lacks_ends_the_control_as_an_error_naming_it_and_the_others_still_evaluate()
    {
        _pack.With("backup/pass.csx", Passing)
            .With("backup/match.csx", """Control("T-MATCH-01").Title("t").Implements("X").Remediation("r").Check(ctx => ctx.Evidence(where: Match<LoginAttempt>.Where("Outcom", LoginOutcome.Failure)).Any() ? ctx.Pass("p") : ctx.Pass("q"));""");

        var results = Evaluate().Results;

        Assert.Equal(Outcome.Pass, results.Single(r => r.ControlId == "T-PASS-01").Outcome);
        var error = results.Single(r => r.ControlId == "T-MATCH-01");
        Assert.Equal(Outcome.Error, error.Outcome);
        Assert.Contains("LoginAttempt has no property 'Outcom'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_does_not_compile_ends_as_error_results_naming_the_diagnostic()
    {
        _pack.With("backup/pass.csx", Passing)
            .With("backup/broken.csx", """Control("T-BROKEN-01").Title("t").Implements("X").Remediation("r").Check(ctx => ctx.Pas("typo"));""");

        var error = Evaluate().Results.Single(r => r.ControlId == "T-BROKEN-01");

        Assert.Equal(Outcome.Error, error.Outcome);
        Assert.Contains("backup/broken.csx:1:", error.Message, StringComparison.Ordinal);
        Assert.Contains("CS1061", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Selecting_a_control_skips_compiling_the_other_files()
    {
        _pack.With("backup/pass.csx", Passing)
            .With("backup/broken.csx", """Control("T-BROKEN-01").Title("t").Implements("X").Remediation("r").Check(ctx => ctx.Pas("typo"));""");

        var evaluation = Evaluate(new ControlSelection(["T-PASS-01"], [], []));

        Assert.Equal("T-PASS-01", Assert.Single(evaluation.Results).ControlId);
        Assert.Equal(1, evaluation.FilesCompiled);
    }

    [Fact]
    public void Duplicate_control_ids_across_files_are_errors()
    {
        _pack.With("backup/a.csx", Passing).With("backup/b.csx", Passing);

        var result = Assert.Single(Evaluate().Results);

        Assert.Equal(Outcome.Error, result.Outcome);
        Assert.Contains("declared more than once", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_control_may_not_claim_the_outcomes_only_the_engine_sets()
    {
        _pack.With("backup/claims.csx", """Control("T-CLAIM-01").Title("t").Implements("X").Remediation("r").Check(ctx => new ControlResult(Outcome.Waived, "trust me"));""");

        var result = Assert.Single(Evaluate().Results);

        Assert.Equal(Outcome.Error, result.Outcome);
        Assert.Contains("only the engine may set", result.Message, StringComparison.Ordinal);
    }
}
