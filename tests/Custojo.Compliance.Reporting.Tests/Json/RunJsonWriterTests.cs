using System.Text.Json;
using Custojo.Compliance.Reporting.Tests.Fixtures;

namespace Custojo.Compliance.Reporting.Tests.Json;

public sealed class RunJsonWriterTests
{
    [Fact]
    public void Json_output_validates_against_the_published_schema()
    {
        var json = Render.Text(ReportFormat.Json, SampleRuns.Input());

        var errors = SchemaValidation.Errors(SchemaValidation.Load(ReportSchemas.RunResults), json);

        Assert.Empty(errors);
    }

    [Fact]
    public void Large_run_json_validates_against_the_published_schema()
    {
        var json = Render.Text(ReportFormat.Json, new ReportInput { Run = LargeRuns.Create(60, 300) });

        Assert.Empty(SchemaValidation.Errors(SchemaValidation.Load(ReportSchemas.RunResults), json));
    }

    [Fact]
    public void Schema_rejects_an_unknown_outcome()
    {
        var json = Render.Text(ReportFormat.Json, SampleRuns.Input()).Replace("\"outcome\": \"fail\"", "\"outcome\": \"failed\"", StringComparison.Ordinal);

        var errors = SchemaValidation.Errors(SchemaValidation.Load(ReportSchemas.RunResults), json);

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Every_result_carries_id_title_severity_outcome_message_findings_and_evidence()
    {
        using var doc = JsonDocument.Parse(Render.Bytes(ReportFormat.Json, SampleRuns.Input()));
        var root = doc.RootElement;

        Assert.Equal("run-2026-q3", root.GetProperty("runId").GetString());
        Assert.Equal("2026-07-01T00:00:00Z", root.GetProperty("window").GetProperty("from").GetString());
        Assert.Equal("2026-10-01T00:00:00Z", root.GetProperty("window").GetProperty("to").GetString());
        var failing = root.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("controlId").GetString() == "BKP-DB-03");
        Assert.Equal("fail", failing.GetProperty("outcome").GetString());
        Assert.Equal("critical", failing.GetProperty("severity").GetString());
        var gap = failing.GetProperty("findings")[0];
        Assert.Equal("2026-08-10T01:00:00Z", gap.GetProperty("start").GetString());
        Assert.Equal("PT3H30M", gap.GetProperty("duration").GetString());
        Assert.Equal(6, failing.GetProperty("evidence").GetArrayLength());
        Assert.Equal("no-evidence", root.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("controlId").GetString() == "BKP-MV-01").GetProperty("outcome").GetString());
    }

    [Fact]
    public void Summary_counts_every_outcome_and_the_score()
    {
        using var doc = JsonDocument.Parse(Render.Bytes(ReportFormat.Json, SampleRuns.Input()));
        var summary = doc.RootElement.GetProperty("summary");

        Assert.Equal(33.3, summary.GetProperty("score").GetDouble());
        var counts = summary.GetProperty("byOutcome");
        Assert.Equal(2, counts.GetProperty("pass").GetInt32());
        Assert.Equal(1, counts.GetProperty("fail").GetInt32());
        Assert.Equal(1, counts.GetProperty("no-evidence").GetInt32());
        Assert.Equal(1, counts.GetProperty("error").GetInt32());
        Assert.Equal(1, counts.GetProperty("waived").GetInt32());
        Assert.Equal(1, counts.GetProperty("not-applicable").GetInt32());
        Assert.Equal(4, summary.GetProperty("bySection").GetArrayLength());
    }

    [Fact]
    public void Json_uses_lf_line_ends_and_keeps_non_ascii_readable()
    {
        var json = Render.Text(ReportFormat.Json, SampleRuns.Input());

        Assert.DoesNotContain('\r', json);
        Assert.Contains("Backup Management › Backup Strategy", json, StringComparison.Ordinal);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
    }
}
