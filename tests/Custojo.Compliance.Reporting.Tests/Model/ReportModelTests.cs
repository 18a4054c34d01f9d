using Custojo.Compliance.Reporting.Model;
using Custojo.Compliance.Reporting.Tests.Fixtures;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Reporting.Tests.Model;

public sealed class ReportModelTests
{
    [Fact]
    public void Sections_follow_the_guide_order_of_the_catalogue()
    {
        var model = ReportModel.Build(SampleRuns.Input());

        Assert.Equal(
            [SampleRuns.DailySection, SampleRuns.BackupSection, SampleRuns.VerifySection, SampleRuns.UpdateSection],
            model.Sections.Select(s => s.Section));
    }

    [Fact]
    public void Requirement_outcome_is_the_gravest_outcome_of_its_controls()
    {
        var run = SampleRuns.Run("r",
        [
            SampleRuns.Control("A-1", "a", "low", "S", ["R-1"], Outcome.Pass, "ok"),
            SampleRuns.Control("A-2", "b", "low", "S", ["R-1"], Outcome.NoEvidence, "none"),
            SampleRuns.Control("A-3", "c", "low", "S", ["R-2"], Outcome.NotApplicable, "n/a"),
        ]);
        var model = ReportModel.Build(new ReportInput
        {
            Run = run,
            Requirements = [new("R-1", "S", "one"), new("R-2", "S", "two"), new("R-3", "S", "three")],
        });

        Assert.Equal(["no-evidence", "not-applicable", "not-covered"], model.Traceability.Select(t => t.OutcomeName));
        Assert.Equal(["A-1", "A-2"], model.Traceability[0].Controls.Select(c => c.ControlId));
    }

    [Fact]
    public void Counts_by_outcome_and_severity_add_up_to_the_controls()
    {
        var model = ReportModel.Build(SampleRuns.Input());

        Assert.Equal(7, model.Totals.Total);
        Assert.Equal(2, model.Totals[Outcome.Pass]);
        Assert.Equal(["critical", "high", "medium", "low", "info"], model.Severities.Select(s => s.Severity));
        Assert.Equal(7, model.Severities.Sum(s => s.Counts.Total));
        Assert.Equal(7, model.Sections.Sum(s => s.Counts.Total));
    }

    [Fact]
    public void Trend_puts_earlier_scores_before_this_run()
    {
        var model = ReportModel.Build(SampleRuns.Input());

        Assert.Equal(["run-2026-q1", "run-2026-q2", "run-2026-q3"], model.Trend.Select(p => p.RunId));
        Assert.Equal(33.3, model.Trend[^1].Score);
    }

    [Fact]
    public void Unknown_time_zone_is_rejected_with_the_fix()
    {
        var run = SampleRuns.Demo() with { TimeZone = "Mars/Olympus_Mons" };

        var error = Assert.Throws<ReportInputException>(() => ReportModel.Build(SampleRuns.Input(run)));

        Assert.Contains("Mars/Olympus_Mons", error.Message, StringComparison.Ordinal);
        Assert.Contains("custojo.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_control_results_are_rejected()
    {
        var control = SampleRuns.Control("A-1", "a", "low", "S", ["R-1"], Outcome.Pass, "ok");
        var run = SampleRuns.Run("r", [control, control]);

        var error = Assert.Throws<ReportInputException>(() => ReportModel.Build(new ReportInput { Run = run }));

        Assert.Contains("A-1", error.Message, StringComparison.Ordinal);
    }
}
