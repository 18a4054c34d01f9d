using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Engine.Tests.Drift;
using Custojo.Compliance.Evidence;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Engine.Tests.Runs;

public sealed class RunStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "custojo-runstore-tests", Guid.NewGuid().ToString("N"));
    private readonly RunStore _store;

    public RunStoreTests()
    {
        Directory.CreateDirectory(_folder);
        _store = new RunStore(Path.Combine(_folder, "evidence.db"));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private void Save(params string[] runIds)
    {
        foreach (var id in runIds) _store.Save(new RunBuilder(id).Control("BKP-DB-03", Outcome.Pass).Build());
    }

    [Fact]
    public void A_workspace_without_runs_says_to_run_a_check_first()
    {
        var error = Assert.Throws<InputException>(() => _store.Find("latest"));

        Assert.Contains("Run custojo check first", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Latest_previous_and_execution_numbers_name_executions_in_order()
    {
        Save("run-aaaa000000000001", "run-bbbb000000000002", "run-aaaa000000000001");

        Assert.Equal((3L, "run-aaaa000000000001"), (_store.Find("latest").Sequence, _store.Find("latest").Run.RunId));
        Assert.Equal((2L, "run-bbbb000000000002"), (_store.Find("previous").Sequence, _store.Find("previous").Run.RunId));
        Assert.Equal(2L, _store.Find("#2").Sequence);
        Assert.Equal(1L, _store.Find("1").Sequence);
        Assert.Contains("No run #9", Assert.Throws<InputException>(() => _store.Find("#9")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Contains_knows_exactly_the_recorded_run_ids()
    {
        Assert.False(_store.Contains("run-aaaa000000000001"));
        Save("run-aaaa000000000001");

        Assert.True(_store.Contains("run-aaaa000000000001"));
        Assert.False(_store.Contains("run-aaaa"));
    }

    [Fact]
    public void Previous_needs_two_runs()
    {
        Save("run-aaaa000000000001");

        Assert.Contains("at least two runs", Assert.Throws<InputException>(() => _store.Find("previous")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_prefix_names_the_newest_execution_of_the_one_run_it_matches_in_any_case()
    {
        Save("run-aaaa000000000001", "run-bbbb000000000002", "run-aaaa000000000001");

        Assert.Equal(3L, _store.Find("run-AAAA").Sequence);
        Assert.Equal(2L, _store.Find("run-bbbb000000000002").Sequence);
    }

    [Fact]
    public void An_ambiguous_or_unknown_prefix_is_refused_with_what_matched()
    {
        Save("run-aaaa000000000001", "run-aaab000000000002");

        Assert.Contains("matches several runs (run-aaaa000000000001, run-aaab000000000002)", Assert.Throws<InputException>(() => _store.Find("run-aa")).Message, StringComparison.Ordinal);
        Assert.Contains("No run 'run-c'", Assert.Throws<InputException>(() => _store.Find("run-c")).Message, StringComparison.Ordinal);
        Assert.Contains("No run 'run-_'", Assert.Throws<InputException>(() => _store.Find("run-_")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Outcome_counts_of_every_run_match_its_results_in_order()
    {
        var first = new RunBuilder("run-aaaa000000000001").Control("A-01", Outcome.Pass).Control("A-02", Outcome.Fail).Control("A-03", Outcome.NotApplicable).Build();
        var second = new RunBuilder("run-bbbb000000000002").Control("A-01", Outcome.Pass).Control("A-02", Outcome.Pass).Control("A-03", Outcome.NoEvidence)
            .Waiver("WVR-0001", "A-03", RunBuilder.DecidedAt.AddDays(60)).Build();
        _store.Save(first);
        _store.Save(second);

        var outcomes = _store.Outcomes();

        Assert.Equal([1L, 2L], outcomes.Select(o => o.Sequence));
        Assert.Equal([first.RunId, second.RunId], outcomes.Select(o => o.RunId));
        Assert.All(outcomes, o => Assert.Equal(first.To, o.To));
        foreach (var (stored, run) in outcomes.Zip([first, second]))
        {
            Assert.Equal(run.Results.Count, stored.Controls);
            foreach (var outcome in Enum.GetValues<Outcome>())
                Assert.Equal(run.Results.Count(r => r.Outcome == outcome), stored.Count(outcome));
        }
        Assert.Equal(1, outcomes[1].Count(Outcome.Waived));
    }
}
