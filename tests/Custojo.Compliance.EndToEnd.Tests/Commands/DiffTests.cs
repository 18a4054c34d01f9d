using System.Text.Json;
using Custojo.Compliance.EndToEnd.Tests.Support;

namespace Custojo.Compliance.EndToEnd.Tests.Commands;

/// <summary><c>custojo diff A B</c> and <c>check --baseline</c> on real runs of a small workspace.</summary>
public sealed class DiffTests
{
    [Fact]
    public void A_diff_names_the_new_failure_added_and_removed_controls_and_the_parameter_change_and_exits_1()
    {
        using var workspace = new DriftWorkspace();
        workspace.Run("check", "--period", "2026-10-05", "--controls", "BKP-DB-03,BKP-DB-01");
        workspace.SetParameter("BKP-DB-03", "maxInterval", "20m");
        workspace.Run("check", "--period", "2026-10-05", "--controls", "BKP-DB-03,BKP-DB-02");

        var result = workspace.Run("diff", "previous", "latest", "--format", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        using var diff = JsonDocument.Parse(result.Stdout);
        var root = diff.RootElement;
        Assert.True(root.GetProperty("regression").GetBoolean());
        // BKP-DB-02 is added and fails (no incremental backups at all): an added failure is a regression too.
        Assert.Equal(["BKP-DB-02", "BKP-DB-03"], Ids(root, "regressions"));
        var failure = Assert.Single(root.GetProperty("newFailures").EnumerateArray());
        Assert.Equal(("BKP-DB-03", "pass", "fail"), (failure.GetProperty("controlId").GetString(), failure.GetProperty("before").GetString(), failure.GetProperty("after").GetString()));
        Assert.Equal(["BKP-DB-02"], root.GetProperty("added").EnumerateArray().Select(c => c.GetProperty("controlId").GetString()));
        Assert.Equal(["BKP-DB-01"], root.GetProperty("removed").EnumerateArray().Select(c => c.GetProperty("controlId").GetString()));
        var parameter = Assert.Single(root.GetProperty("parameterChanges").EnumerateArray());
        Assert.Equal("""{"controlId":"BKP-DB-03","name":"maxInterval","before":"30m","after":"20m"}""", JsonSerializer.Serialize(parameter));
        Assert.Contains("Regression", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_diff_the_other_way_round_is_a_resolution_and_exits_0()
    {
        using var workspace = new DriftWorkspace();
        workspace.SetParameter("BKP-DB-03", "maxInterval", "20m");
        workspace.Run("check", "--period", "2026-10-05", "--controls", "BKP-DB-03");
        workspace.SetParameter("BKP-DB-03", "maxInterval", null);
        workspace.Run("check", "--period", "2026-10-05", "--controls", "BKP-DB-03");

        var table = workspace.Run("diff", "#1", "#2");
        var markdown = workspace.Run("diff", "#1", "#2", "--format", "md");

        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Matches(@"resolved\s+BKP-DB-03.*fail\s+pass", table.Stdout);
        Assert.Matches(@"parameter\s+BKP-DB-03\s+maxInterval\s+20m\s+30m", table.Stdout);
        Assert.Equal(0, markdown.ExitCode);
        Assert.Contains("| resolved | BKP-DB-03 |", markdown.Stdout, StringComparison.Ordinal);
        Assert.Contains("No regression", markdown.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pass_that_becomes_no_evidence_is_an_outcome_change_and_a_regression()
    {
        using var workspace = new DriftWorkspace();
        workspace.Run("check", "--period", "2026-10-05", "--controls", "BKP-DB-03");
        workspace.Run("check", "--period", "2026-10-08", "--controls", "BKP-DB-03");

        var result = workspace.Run("diff", "previous", "latest", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var diff = JsonDocument.Parse(result.Stdout);
        var change = Assert.Single(diff.RootElement.GetProperty("outcomeChanges").EnumerateArray());
        Assert.Equal(("pass", "no-evidence", true), (change.GetProperty("before").GetString(), change.GetProperty("after").GetString(), change.GetProperty("regression").GetBoolean()));
    }

    [Fact]
    public void A_run_as_of_before_the_import_differs_from_a_current_run_and_the_diff_shows_why()
    {
        using var workspace = new DriftWorkspace();
        workspace.Run("check", "--period", "2026-10-05", "--controls", "BKP-DB-03", "--as-of", "2026-10-06T00:00:00Z");
        workspace.Run("check", "--period", "2026-10-05", "--controls", "BKP-DB-03");

        var forward = workspace.Run("diff", "#1", "#2");
        var backward = workspace.Run("diff", "#2", "#1");

        Assert.True(forward.ExitCode == 0, forward.ToString());
        Assert.Matches(@"outcome changed\s+BKP-DB-03.*no-evidence\s+pass", forward.Stdout);
        Assert.Contains("different windows", forward.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, backward.ExitCode);
        Assert.Matches(@"outcome changed\s+BKP-DB-03.*pass\s+no-evidence\s+yes", backward.Stdout);
    }

    [Fact]
    public void A_drift_check_prints_the_diff_against_the_latest_run_and_only_regressions_decide_its_exit_code()
    {
        using var workspace = new DriftWorkspace();
        workspace.Run("check", "--period", "2026-10-05", "--controls", "BKP-DB-03,BKP-DB-01");

        var steady = workspace.Run("check", "--period", "2026-10-05", "--controls", "BKP-DB-03,BKP-DB-01", "--baseline", "latest", "--fail-on-drift");
        workspace.SetParameter("BKP-DB-03", "maxInterval", "20m");
        var drifted = workspace.Run("check", "--period", "2026-10-05", "--controls", "BKP-DB-03,BKP-DB-01", "--baseline", "latest", "--fail-on-drift");

        // BKP-DB-01 fails (no full backups at all), so a plain check exits 1; with --fail-on-drift only the regression counts.
        Assert.True(steady.ExitCode == 0, steady.ToString());
        Assert.Contains("No differences; still failing:", steady.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"still failing\s+BKP-DB-01", steady.Stdout);
        Assert.Equal(1, drifted.ExitCode);
        Assert.Matches(@"new failure\s+BKP-DB-03", drifted.Stdout);
        Assert.Contains("run #2", drifted.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_baseline_is_bad_input_and_no_run_is_saved()
    {
        using var workspace = new DriftWorkspace();

        var result = workspace.Run("check", "--period", "2026-10-05", "--controls", "BKP-DB-03", "--baseline", "latest");
        var drift = workspace.Run("check", "--period", "2026-10-05", "--fail-on-drift");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No runs in this workspace yet", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, drift.ExitCode);
        Assert.Contains("--fail-on-drift needs --baseline", drift.Stderr, StringComparison.Ordinal);
        Assert.Contains("0 run(s)", workspace.Run("runs", "list").Stderr, StringComparison.Ordinal);
    }

    private static IEnumerable<string?> Ids(JsonElement root, string name) => root.GetProperty(name).EnumerateArray().Select(e => e.GetString());
}
