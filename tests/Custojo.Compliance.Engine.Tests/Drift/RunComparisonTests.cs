using System.Text;
using System.Text.Json;
using Custojo.Compliance.Engine.Drift;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Engine.Tests.Drift;

public sealed class RunComparisonTests
{
    private static RunDiff Diff(RunBuilder before, RunBuilder after) =>
        RunComparison.Compare(RunSnapshot.Of(before.Build(), "run #1"), RunSnapshot.Of(after.Build(), "run #2"));

    [Fact]
    public void Identical_runs_have_no_differences_and_no_regression()
    {
        var run = new RunBuilder("run-a").Control("A", Outcome.Pass).Control("B", Outcome.Fail);

        var diff = Diff(run, run);

        Assert.True(diff.IsEmpty);
        Assert.False(diff.HasRegression);
        Assert.Equal(1, diff.Unchanged);
        Assert.Equal("B", Assert.Single(diff.StillFailing).ControlId);
    }

    [Fact]
    public void A_control_that_starts_failing_is_a_new_failure_and_a_regression()
    {
        var diff = Diff(new RunBuilder("a").Control("A", Outcome.Pass), new RunBuilder("b").Control("A", Outcome.Fail));

        var failure = Assert.Single(diff.NewFailures);
        Assert.Equal((Outcome.Pass, Outcome.Fail), (failure.Before, failure.After));
        Assert.Equal(["A"], diff.Regressions);
    }

    [Fact]
    public void A_failing_control_that_passes_is_resolved_and_not_a_regression()
    {
        var diff = Diff(new RunBuilder("a").Control("A", Outcome.Fail), new RunBuilder("b").Control("A", Outcome.Pass));

        Assert.Equal("A", Assert.Single(diff.Resolved).ControlId);
        Assert.False(diff.HasRegression);
    }

    [Theory]
    [InlineData(Outcome.Pass, Outcome.NoEvidence, true)]
    [InlineData(Outcome.NotApplicable, Outcome.Error, true)]
    [InlineData(Outcome.NoEvidence, Outcome.Pass, false)]
    [InlineData(Outcome.Fail, Outcome.Error, false)]
    [InlineData(Outcome.NoEvidence, Outcome.Error, false)]
    public void Other_outcome_changes_are_regressions_only_when_the_rank_rises(Outcome before, Outcome after, bool regression)
    {
        var diff = Diff(new RunBuilder("a").Control("A", before), new RunBuilder("b").Control("A", after));

        var change = Assert.Single(diff.OutcomeChanges);
        Assert.Equal((before, after, regression), (change.Before, change.After, change.IsRegression));
        Assert.Equal(regression, diff.HasRegression);
    }

    [Fact]
    public void Controls_only_in_one_run_are_added_or_removed_and_an_added_failure_is_a_regression()
    {
        var diff = Diff(
            new RunBuilder("a").Control("A", Outcome.Pass).Control("OLD", Outcome.Fail),
            new RunBuilder("b").Control("A", Outcome.Pass).Control("NEW-FAIL", Outcome.Fail).Control("NEW-PASS", Outcome.Pass));

        Assert.Equal(["NEW-FAIL", "NEW-PASS"], diff.Added.Select(c => c.ControlId));
        Assert.Equal("OLD", Assert.Single(diff.Removed).ControlId);
        Assert.Equal(["NEW-FAIL"], diff.Regressions);
    }

    [Fact]
    public void Parameter_changes_name_the_control_the_parameter_and_both_values()
    {
        var diff = Diff(
            new RunBuilder("a").Control("A", Outcome.Pass, ("maxInterval", "30m"), ("tolerance", "2m")),
            new RunBuilder("b").Control("A", Outcome.Pass, ("maxInterval", "20m"), ("minRuns", "3")));

        Assert.Equal(
            [new ParameterChange("A", "maxInterval", "30m", "20m"), new ParameterChange("A", "minRuns", null, "3"), new ParameterChange("A", "tolerance", "2m", null)],
            diff.ParameterChanges);
        Assert.Equal(0, diff.Unchanged);
        Assert.False(diff.HasRegression);
    }

    [Fact]
    public void A_new_active_waiver_turns_a_failure_into_waived_as_a_resolution_with_a_waiver_change()
    {
        var diff = Diff(
            new RunBuilder("a").Control("A", Outcome.Fail),
            new RunBuilder("b").Control("A", Outcome.Fail).Waiver("W-1", "A", RunBuilder.DecidedAt.AddDays(90)));

        var resolved = Assert.Single(diff.Resolved);
        Assert.Equal((Outcome.Fail, Outcome.Waived), (resolved.Before, resolved.After));
        var change = Assert.Single(diff.WaiverChanges);
        Assert.Equal(new WaiverChange("A", WaiverChangeKind.Added, null, new WaiverSnapshot("W-1", "active", true)), change);
        Assert.Equal(Outcome.Fail, diff.After.Controls.Single().UnderlyingOutcome);
    }

    [Fact]
    public void An_expired_waiver_no_longer_applies_so_the_control_fails_again_as_a_regression()
    {
        var diff = Diff(
            new RunBuilder("a").Control("A", Outcome.Fail).Waiver("W-1", "A", RunBuilder.DecidedAt.AddDays(10)),
            new RunBuilder("b").Control("A", Outcome.Fail).Waiver("W-1", "A", RunBuilder.DecidedAt.AddDays(-1)));

        Assert.Equal(new WaiverChange("A", WaiverChangeKind.Changed, new WaiverSnapshot("W-1", "expiring-soon", true), new WaiverSnapshot("W-1", "expired", false)), Assert.Single(diff.WaiverChanges));
        Assert.Equal((Outcome.Waived, Outcome.Fail), (diff.NewFailures.Single().Before, diff.NewFailures.Single().After));
        Assert.Equal(["A"], diff.Regressions);
    }

    [Fact]
    public void A_waiver_replaced_by_another_is_one_removal_and_one_addition()
    {
        var diff = Diff(
            new RunBuilder("a").Control("A", Outcome.Fail).Waiver("W-1", "A", RunBuilder.DecidedAt.AddDays(90)),
            new RunBuilder("b").Control("A", Outcome.Fail).Waiver("W-2", "A", RunBuilder.DecidedAt.AddDays(90)));

        Assert.Equal([WaiverChangeKind.Removed, WaiverChangeKind.Added], diff.WaiverChanges.Select(w => w.Kind));
        Assert.Empty(diff.NewFailures.Concat(diff.Resolved).Concat(diff.OutcomeChanges));
    }

    [Fact]
    public void The_json_of_a_diff_is_the_same_bytes_whatever_order_the_controls_came_in()
    {
        var before = new RunBuilder("a").Control("B", Outcome.Pass).Control("A", Outcome.Fail, ("n", "1"));
        var after = new RunBuilder("b").Control("C", Outcome.Fail).Control("A", Outcome.Pass, ("n", "2")).Control("B", Outcome.NoEvidence);

        var first = Json(Diff(before, after));
        var reversed = RunComparison.Compare(
            RunSnapshot.Of(before.Build(), "run #1") with { Controls = [.. RunSnapshot.Of(before.Build(), "run #1").Controls.Reverse()] },
            RunSnapshot.Of(after.Build(), "run #2") with { Controls = [.. RunSnapshot.Of(after.Build(), "run #2").Controls.Reverse()] });

        Assert.Equal(first, Json(reversed));
        using var document = JsonDocument.Parse(first);
        Assert.Equal(["B", "C"], document.RootElement.GetProperty("regressions").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("custojo-run-diff", document.RootElement.GetProperty("format").GetString());
    }

    private static string Json(RunDiff diff)
    {
        using var buffer = new MemoryStream();
        RunDiffJson.Write(diff, buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
