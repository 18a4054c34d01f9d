using System.Text;
using System.Text.Json.Nodes;
using Custojo.Compliance.Engine.Drift;
using Custojo.Compliance.Evidence;
using Custojo.Compliance.Reporting.Json;
using Custojo.Compliance.Reporting.Tests.Fixtures;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Reporting.Tests.Json;

public sealed class RunResultsReaderTests
{
    [Fact]
    public void The_results_json_reads_back_into_the_snapshot_of_the_run_it_was_written_from()
    {
        var run = SampleRuns.Demo();
        var json = Render.Bytes(ReportFormat.Json, SampleRuns.Input(run));

        var read = RunResultsReader.Read(json, "report.pdf");
        var diff = RunComparison.Compare(read, RunSnapshot.Of(run, "run #1"));

        Assert.Equal(run.RunId, read.RunId);
        Assert.Equal((run.From, run.To), (read.From, read.To));
        Assert.Equal(RunSnapshot.Of(run, "report.pdf").Controls, read.Controls);
        Assert.True(diff.IsEmpty);
        Assert.False(diff.HasRegression);
    }

    [Fact]
    public void A_waiver_in_the_results_gives_its_id_state_applied_and_underlying_outcome()
    {
        var document = JsonNode.Parse(Render.Bytes(ReportFormat.Json, SampleRuns.Input()))!;
        var waived = document["results"]!.AsArray().Single(r => (string?)r!["outcome"] == "waived")!;
        waived["waiver"] = new JsonObject
        {
            ["id"] = "W-7", ["approver"] = "ciso", ["expires"] = "2026-12-31T00:00:00Z",
            ["state"] = "expiring-soon", ["applied"] = true, ["underlyingOutcome"] = "fail",
        };

        var read = RunResultsReader.Read(Encoding.UTF8.GetBytes(document.ToJsonString()), "report.pdf");

        var control = read.Controls.Single(c => c.ControlId == (string?)waived["controlId"]);
        Assert.Equal((Outcome.Waived, Outcome.Fail), (control.Outcome, control.UnderlyingOutcome));
        Assert.Equal(new WaiverSnapshot("W-7", "expiring-soon", true), control.Waiver);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"format": "something-else", "formatVersion": 1}""")]
    [InlineData("not json")]
    public void A_document_that_is_not_run_results_is_bad_input_naming_its_source(string json)
    {
        var error = Assert.Throws<InputException>(() => RunResultsReader.Read(Encoding.UTF8.GetBytes(json), "old.pdf"));

        Assert.StartsWith("old.pdf: the attached results cannot be read", error.Message, StringComparison.Ordinal);
    }
}
