using System.Text.Json;
using Custojo.Compliance.Reporting.Oscal;
using Custojo.Compliance.Reporting.Tests.Fixtures;

namespace Custojo.Compliance.Reporting.Tests.Oscal;

public sealed class OscalWriterTests
{
    private static readonly Lazy<NJsonSchema.JsonSchema> Schema =
        new(() => SchemaValidation.LoadFile("Oscal/Schema/oscal_assessment-results_schema.v1.1.2.pointer-refs.json"));

    [Fact]
    public void Nist_example_validates_so_the_schema_is_loaded_correctly()
    {
        var example = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Oscal/Schema/example-assessment-results-min.json"));

        Assert.Empty(SchemaValidation.Errors(Schema.Value, example));
    }

    [Fact]
    public void Oscal_output_validates_against_the_nist_1_1_2_schema()
    {
        var oscal = Render.Text(ReportFormat.Oscal, SampleRuns.Input());

        Assert.Empty(SchemaValidation.Errors(Schema.Value, oscal));
    }

    [Fact]
    public void Schema_rejects_a_document_with_a_broken_uuid_and_start()
    {
        using var doc = JsonDocument.Parse(Render.Bytes(ReportFormat.Oscal, SampleRuns.Input()));
        var uuid = doc.RootElement.GetProperty("assessment-results").GetProperty("uuid").GetString()!;
        var oscal = Render.Text(ReportFormat.Oscal, SampleRuns.Input())
            .Replace(uuid, "not-a-uuid", StringComparison.Ordinal)
            .Replace("\"start\": \"2026-07-01T00:00:00Z\"", "\"start\": \"2026-07-01T00:00:00\"", StringComparison.Ordinal);

        Assert.Equal(2, SchemaValidation.Errors(Schema.Value, oscal).Count);
    }

    [Fact]
    public void Large_run_oscal_validates_against_the_nist_1_1_2_schema()
    {
        var oscal = Render.Text(ReportFormat.Oscal, new ReportInput { Run = LargeRuns.Create(40, 120) });

        Assert.Empty(SchemaValidation.Errors(Schema.Value, oscal));
    }

    [Fact]
    public void Result_spans_the_audit_window_and_evidence_hashes_are_back_matter_resources()
    {
        using var doc = JsonDocument.Parse(Render.Bytes(ReportFormat.Oscal, SampleRuns.Input()));
        var ar = doc.RootElement.GetProperty("assessment-results");
        var result = ar.GetProperty("results")[0];

        Assert.Equal("2026-07-01T00:00:00Z", result.GetProperty("start").GetString());
        Assert.Equal("2026-10-01T00:00:00Z", result.GetProperty("end").GetString());
        var hashes = ar.GetProperty("back-matter").GetProperty("resources").EnumerateArray()
            .SelectMany(r => r.GetProperty("rlinks").EnumerateArray())
            .Select(l => l.GetProperty("hashes")[0].GetProperty("value").GetString()).ToHashSet();
        var gapEvidence = SampleRuns.Demo().Results.Single(r => r.ControlId == "BKP-DB-03").Evidence;
        Assert.All(gapEvidence, e => Assert.Contains(e.Id, hashes));
        Assert.All(result.GetProperty("observations").EnumerateArray(), o => Assert.True(o.TryGetProperty("collected", out _)));
    }

    [Fact]
    public void Findings_are_not_satisfied_unless_the_control_passed()
    {
        using var doc = JsonDocument.Parse(Render.Bytes(ReportFormat.Oscal, SampleRuns.Input()));
        var states = doc.RootElement.GetProperty("assessment-results").GetProperty("results")[0].GetProperty("findings").EnumerateArray()
            .ToDictionary(f => f.GetProperty("target").GetProperty("target-id").GetString()!, f => f.GetProperty("target").GetProperty("status").GetProperty("state").GetString());

        Assert.Equal("satisfied", states["BKP-DB-01"]);
        Assert.Equal("not-satisfied", states["BKP-DB-03"]);
        Assert.Equal("not-satisfied", states["BKP-MV-01"]);
        Assert.False(states.ContainsKey("UPD-DEP-02")); // not applicable: an observation, no finding
    }

    [Fact]
    public void Uuid_v5_matches_the_rfc_4122_example_and_is_stable()
    {
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org") == 886313e1-3b8a-5372-9b90-0c9aee199e5d
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), UuidV5.Create(dns, "python.org"));
        Assert.Equal(new OscalIds("run-1").For("x"), new OscalIds("run-1").For("x"));
        Assert.NotEqual(new OscalIds("run-1").For("x"), new OscalIds("run-2").For("x"));
    }
}
