using Custojo.Compliance.Engine.Evaluation;
using Custojo.Compliance.Engine.Testing;
using Custojo.Compliance.Evidence;

namespace Custojo.Compliance.Engine.Tests.Evaluation;

public sealed class FixtureRunnerTests : IDisposable
{
    private readonly TestPack _pack = new();

    public void Dispose() => _pack.Dispose();

    private const string Policy = """
        Control("T-LOG-01").Title("A log review").Implements("X").Remediation("Review.")
            .Check(ctx => ctx.Evidence<LogReview>().Any() ? ctx.Pass("reviewed") : ctx.NoEvidence("no review"));
        """;

    [Fact]
    public void A_fixture_runs_its_evidence_through_the_import_and_meets_its_expectation()
    {
        _pack.With("backup/log.csx", Policy).With("backup/tests/T-LOG-01/reviewed.json", """
            { "period": "2026-10-05", "evidence": [ { "kind": "log-review", "reviewedAt": "2026-10-05T09:00:00+02:00", "source": "system", "reviewer": "alice", "errorsFound": 0, "warningsFound": 0 } ], "expect": { "outcome": "pass", "messageContains": "reviewed" } }
            """);
        var pack = _pack.Load();

        var result = new FixtureRunner(new PackEvaluator(TimeProvider.System), null, TimeProvider.System).Run(pack, Assert.Single(FixtureLoader.Load(pack)));

        Assert.True(result.Passed, result.Failure);
    }

    [Fact]
    public void A_fixture_record_an_import_would_refuse_is_bad_input_naming_the_fixture()
    {
        _pack.With("backup/log.csx", Policy).With("backup/tests/T-LOG-01/naive.json", """
            { "period": "2026-10-05", "evidence": [ { "kind": "log-review", "reviewedAt": "2026-10-05T09:00:00", "source": "system", "reviewer": "alice", "errorsFound": 0, "warningsFound": 0 } ], "expect": { "outcome": "pass" } }
            """);
        var pack = _pack.Load();

        var error = Assert.Throws<InputException>(() => new FixtureRunner(new PackEvaluator(TimeProvider.System), null, TimeProvider.System).Run(pack, Assert.Single(FixtureLoader.Load(pack))));

        Assert.Contains("backup/tests/T-LOG-01/naive.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("offset", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fixture_expecting_the_wrong_outcome_fails_and_says_why()
    {
        _pack.With("backup/log.csx", Policy).With("backup/tests/T-LOG-01/wrong.json", """
            { "period": "2026-10-05", "evidence": [], "expect": { "outcome": "pass" } }
            """);
        var pack = _pack.Load();

        var result = new FixtureRunner(new PackEvaluator(TimeProvider.System), null, TimeProvider.System).Run(pack, Assert.Single(FixtureLoader.Load(pack)));

        Assert.False(result.Passed);
        Assert.Contains("expected outcome pass, got no-evidence", result.Failure, StringComparison.Ordinal);
    }
}
