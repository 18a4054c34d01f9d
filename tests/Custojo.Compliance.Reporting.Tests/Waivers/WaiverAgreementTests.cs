using System.Text.Json;
using System.Xml.Linq;
using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Engine.Waivers;
using Custojo.Compliance.Reporting.Tests.Fixtures;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Reporting.Tests.Waivers;

/// <summary>One run with an active, an expiring-soon and an expired waiver: every format shows the same status.</summary>
public sealed class WaiverAgreementTests
{
    private static readonly ReportInput Input = SampleRuns.Input(WaivedRuns.Create());
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly string[] WaivedControls = ["BKP-DB-02", "BKP-DB-03", "BKP-MV-01"];

    private static ControlRunResult Result(string control) => Input.Run.Results.Single(r => r.ControlId == control);

    private static string Expected(string control) => WaiverText.Describe(Result(control).Waiver!, Berlin);

    [Fact]
    public void The_engine_decides_one_active_one_expiring_soon_and_one_expired_waiver()
    {
        Assert.Equal((Outcome.Waived, WaiverState.Active, Outcome.Fail), Decision("BKP-DB-03"));
        Assert.Equal((Outcome.Waived, WaiverState.ExpiringSoon, Outcome.NoEvidence), Decision("BKP-MV-01"));
        Assert.Equal((Outcome.Fail, WaiverState.Expired, Outcome.Fail), Decision("BKP-DB-02"));
        Assert.Equal("fail — waived by Dana Ops (CISO) until 2027-01-01 00:00 +01:00, CHG-2411", Expected("BKP-DB-03"));
        Assert.Equal("fail — waiver WVR-0003 expired 2026-09-21 02:00 +02:00, not applied", Expected("BKP-DB-02"));

        static (Outcome, WaiverState, Outcome) Decision(string control) =>
            (Result(control).Outcome, Result(control).Waiver!.State, Result(control).Waiver!.UnderlyingOutcome);
    }

    [Fact]
    public void Json_results_carry_the_waiver_object_and_validate_against_the_published_schema()
    {
        var json = Render.Text(ReportFormat.Json, Input);
        using var document = JsonDocument.Parse(json);
        var results = document.RootElement.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("controlId").GetString()!);

        Assert.Empty(SchemaValidation.Errors(SchemaValidation.Load(ReportSchemas.RunResults), json));
        foreach (var control in WaivedControls)
        {
            var waiver = results[control].GetProperty("waiver");
            Assert.Equal(Expected(control), waiver.GetProperty("text").GetString());
            Assert.Equal(OutcomeSpelling.Name(Result(control).Waiver!.UnderlyingOutcome), waiver.GetProperty("underlyingOutcome").GetString());
        }
        Assert.Equal("expiring-soon", results["BKP-MV-01"].GetProperty("waiver").GetProperty("state").GetString());
        Assert.False(results["BKP-DB-02"].GetProperty("waiver").GetProperty("applied").GetBoolean());
        Assert.Equal("fail", results["BKP-DB-02"].GetProperty("outcome").GetString());
        Assert.Equal(2, results["BKP-DB-03"].GetProperty("findings").GetArrayLength());
        Assert.False(results["BKP-DB-01"].TryGetProperty("waiver", out _));
    }

    [Fact]
    public void Junit_skips_waived_controls_with_the_status_and_names_the_expired_waiver_in_the_failure()
    {
        var cases = XDocument.Parse(Render.Text(ReportFormat.JUnit, Input)).Descendants("testcase")
            .ToDictionary(c => c.Attribute("name")!.Value.Split(':')[0]);

        Assert.Equal($"waived: {Expected("BKP-DB-03")}", cases["BKP-DB-03"].Element("skipped")!.Attribute("message")!.Value);
        Assert.Equal($"waived: {Expected("BKP-MV-01")}", cases["BKP-MV-01"].Element("skipped")!.Attribute("message")!.Value);
        Assert.Contains($"Waiver: {Expected("BKP-DB-02")}", cases["BKP-DB-02"].Element("failure")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_suppresses_waived_results_as_accepted_external_with_the_status_as_justification()
    {
        using var document = JsonDocument.Parse(Render.Text(ReportFormat.Sarif, Input));
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("ruleId").GetString()!);

        foreach (var control in new[] { "BKP-DB-03", "BKP-MV-01" })
        {
            var suppression = results[control].GetProperty("suppressions")[0];
            Assert.Equal("external", suppression.GetProperty("kind").GetString());
            Assert.Equal("accepted", suppression.GetProperty("status").GetString());
            Assert.Equal(Expected(control), suppression.GetProperty("justification").GetString());
        }
        Assert.False(results["BKP-DB-02"].TryGetProperty("suppressions", out _));
        foreach (var control in WaivedControls)
            Assert.Equal(Expected(control), results[control].GetProperty("properties").GetProperty("waiver").GetString());
    }

    [Fact]
    public void Markdown_shows_the_status_of_every_waiver_in_its_waivers_table_and_control_details()
    {
        var md = Render.Text(ReportFormat.Markdown, Input);

        Assert.Contains("## Waivers", md, StringComparison.Ordinal);
        foreach (var control in WaivedControls)
        {
            Assert.Contains($"| {control} | {WaiverText.StateName(Result(control).Waiver!.State)} | {Expected(control)} |", md, StringComparison.Ordinal);
            Assert.Contains($"Waiver: {Expected(control)}", md, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Csv_has_the_underlying_outcome_and_the_status_in_their_own_columns()
    {
        var rows = Render.Text(ReportFormat.Csv, Input).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.EndsWith(",remediation,underlying_outcome,waiver", rows[0], StringComparison.Ordinal);
        foreach (var control in WaivedControls)
        {
            var row = rows.Single(r => r.StartsWith(control + ",", StringComparison.Ordinal));
            Assert.EndsWith($",{OutcomeSpelling.Name(Result(control).Waiver!.UnderlyingOutcome)},{CsvField(Expected(control))}", row, StringComparison.Ordinal);
        }
        Assert.EndsWith(",pass,", rows.Single(r => r.StartsWith("BKP-DB-01,", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Oscal_has_a_deviation_approved_risk_with_the_expiry_as_deadline_and_still_validates()
    {
        var oscal = Render.Text(ReportFormat.Oscal, Input);
        using var document = JsonDocument.Parse(oscal);
        var result = document.RootElement.GetProperty("assessment-results").GetProperty("results")[0];
        var risks = result.GetProperty("risks").EnumerateArray().ToDictionary(r => Prop(r, "waiver-id"));

        Assert.Empty(SchemaValidation.Errors(SchemaValidation.LoadFile("Oscal/Schema/oscal_assessment-results_schema.v1.1.2.pointer-refs.json"), oscal));
        Assert.Equal("deviation-approved", risks["WVR-0001"].GetProperty("status").GetString());
        Assert.Equal("2026-12-31T23:00:00Z", risks["WVR-0001"].GetProperty("deadline").GetString());
        Assert.Equal("deviation-approved", risks["WVR-0002"].GetProperty("status").GetString());
        Assert.Equal("open", risks["WVR-0003"].GetProperty("status").GetString());
        Assert.Equal(Expected("BKP-DB-03"), Prop(risks["WVR-0001"], "waiver-status"));
        Assert.Equal(Expected("BKP-MV-01"), Prop(risks["WVR-0002"], "waiver-status"));
        Assert.Equal(Expected("BKP-DB-02"), Prop(risks["WVR-0003"], "waiver-status"));
        var finding = result.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("title").GetString()!.StartsWith("BKP-DB-03", StringComparison.Ordinal));
        Assert.Equal(risks["WVR-0001"].GetProperty("uuid").GetString(), finding.GetProperty("related-risks")[0].GetProperty("risk-uuid").GetString());
    }

    [Fact]
    public void The_pdf_has_a_waivers_section_with_the_table_and_the_same_status_of_every_waiver()
    {
        var pdf = new ReportRenderer(Reports.Clock()).RenderPdf(Input, signer: null);
        var text = string.Join(' ', PdfText.All(pdf).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

        Assert.Contains("4 Waivers", text, StringComparison.Ordinal);
        // Table cells wrap line by line across a row, so the table is asserted word by word.
        foreach (var word in (string[])["Underlying", "Residual", "expiring-soon", "no-evidence", "CHG-2411", "CHG-1999", "2027-01-01"])
            Assert.Contains(word, text, StringComparison.Ordinal);
        foreach (var control in WaivedControls)
            Assert.Contains($"{control}: {Expected(control)}", text, StringComparison.Ordinal);
        var attached = PdfText.Attachments(pdf).Values.Single();
        Assert.Equal(Render.Bytes(ReportFormat.Json, Input), attached);
    }

    private static string Prop(JsonElement element, string name) =>
        element.GetProperty("props").EnumerateArray().Single(p => p.GetProperty("name").GetString() == name).GetProperty("value").GetString()!;

    private static string CsvField(string value) => value.Contains(',', StringComparison.Ordinal) ? $"\"{value}\"" : value;
}
