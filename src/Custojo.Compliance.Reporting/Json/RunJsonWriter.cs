using System.Text.Json;
using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Engine.Waivers;
using Custojo.Compliance.Reporting.Formats;
using Custojo.Compliance.Reporting.Model;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Reporting.Json;

/// <summary>
/// Writes a run as JSON (schema: <c>run-results.schema.json</c>). Properties are written in a fixed order,
/// instants in UTC ISO 8601, durations in ISO 8601, lists in a fixed order, indented with LF: the same
/// run gives the same bytes. This is also the document embedded in the PDF.
/// </summary>
internal static class RunJsonWriter
{
    public const string FormatName = "custojo-run-results";
    public const int FormatVersion = 1;

    public static byte[] Write(ReportModel model)
    {
        using var buffer = new MemoryStream();
        Write(model, buffer);
        return buffer.ToArray();
    }

    public static void Write(ReportModel model, Stream output)
    {
        var run = model.Run;
        using var json = JsonOutput.Create(output);
        json.WriteStartObject();
        json.WriteString("format", FormatName);
        json.WriteNumber("formatVersion", FormatVersion);
        json.WriteString("runId", run.RunId);
        json.WriteString("organisation", run.Organisation);
        json.WriteString("installation", run.Installation);
        json.WriteStartObject("window");
        json.WriteString("from", ReportTime.Utc(run.From));
        json.WriteString("to", ReportTime.Utc(run.To));
        json.WriteString("timeZone", run.TimeZone);
        json.WriteEndObject();
        // No wall-clock times here: the same inputs must give the same JSON, byte for byte.
        // When the run was executed is kept in the workspace's run history and on the PDF's cover.
        if (run.AsOf is { } asOf) json.WriteString("asOf", ReportTime.Utc(asOf));
        json.WriteString("engineVersion", run.EngineVersion);
        WritePack(json, run);
        json.WriteStartObject("evidence");
        json.WriteString("chainHead", run.EvidenceChainHead);
        json.WriteNumber("recordCount", run.EvidenceCount);
        json.WriteEndObject();
        WriteParameters(json, run);
        WriteSummary(json, model);
        json.WriteStartArray("results");
        foreach (var result in model.Results) WriteResult(json, result, model);
        json.WriteEndArray();
        WriteTraceability(json, model);
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WritePack(Utf8JsonWriter json, RunResult run)
    {
        json.WriteStartObject("pack");
        json.WriteString("name", run.PackName);
        json.WriteString("version", run.PackVersion);
        json.WriteString("fingerprint", run.PackFingerprint);
        json.WriteStartArray("policies");
        foreach (var policy in run.Policies.OrderBy(p => p.File, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("file", policy.File);
            json.WriteString("sha256", policy.Sha256);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteParameters(Utf8JsonWriter json, RunResult run)
    {
        json.WriteStartObject("parameters");
        foreach (var (controlId, values) in run.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WriteStartObject(controlId);
            foreach (var (name, value) in values.OrderBy(v => v.Key, StringComparer.Ordinal))
                json.WriteString(name, value);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter json, ReportModel model)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("controls", model.Totals.Total);
        WriteScore(json, model.Score);
        json.WriteString("scoreFormula", ComplianceScore.Formula);
        WriteCounts(json, model.Totals);
        json.WriteStartArray("bySeverity");
        foreach (var group in model.Severities)
        {
            json.WriteStartObject();
            json.WriteString("severity", group.Severity);
            json.WriteNumber("controls", group.Counts.Total);
            WriteCounts(json, group.Counts);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("bySection");
        foreach (var group in model.Sections)
        {
            json.WriteStartObject();
            json.WriteString("section", group.Section);
            json.WriteNumber("controls", group.Counts.Total);
            WriteScore(json, group.Counts.Score);
            WriteCounts(json, group.Counts);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteScore(Utf8JsonWriter json, double? score)
    {
        if (score is { } s) json.WriteNumber("score", s);
        else json.WriteNull("score");
    }

    private static void WriteCounts(Utf8JsonWriter json, OutcomeCounts counts)
    {
        json.WriteStartObject("byOutcome");
        foreach (var outcome in OutcomeNames.All) json.WriteNumber(OutcomeNames.Name(outcome), counts[outcome]);
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, ControlRunResult result, ReportModel model)
    {
        json.WriteStartObject();
        json.WriteString("controlId", result.ControlId);
        json.WriteString("title", result.Title);
        json.WriteString("severity", Severities.Normalise(result.Severity));
        json.WriteString("section", result.Section);
        json.WriteString("outcome", OutcomeNames.Name(result.Outcome));
        json.WriteString("message", result.Message);
        json.WriteStartArray("requirements");
        foreach (var requirement in result.Requirements) json.WriteStringValue(requirement);
        json.WriteEndArray();
        json.WriteStartArray("frameworks");
        foreach (var mapping in result.Frameworks)
        {
            json.WriteStartObject();
            json.WriteString("framework", mapping.Framework);
            json.WriteString("reference", mapping.Reference);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteString("remediation", result.Remediation);
        json.WriteString("policyFile", result.PolicyFile);
        json.WriteStartArray("findings");
        foreach (var finding in result.Findings) WriteFinding(json, finding);
        json.WriteEndArray();
        WriteEvidence(json, result.Evidence);
        if (result.Waiver is { } waiver) WriteWaiver(json, waiver, model.WaiverText(result)!);
        json.WriteEndObject();
    }

    private static void WriteWaiver(Utf8JsonWriter json, WaiverStatus status, string text)
    {
        var waiver = status.Waiver;
        json.WriteStartObject("waiver");
        json.WriteString("id", waiver.Id);
        json.WriteString("state", WaiverText.StateName(status.State));
        json.WriteBoolean("applied", status.Applied);
        json.WriteString("underlyingOutcome", OutcomeNames.Name(status.UnderlyingOutcome));
        json.WriteString("text", text);
        WriteNullable(json, "notAppliedBecause", status.NotAppliedBecause);
        json.WriteString("approver", waiver.Approver);
        json.WriteString("justification", waiver.Justification);
        WriteNullable(json, "ticket", waiver.Ticket);
        WriteNullable(json, "scope", waiver.Scope);
        json.WriteString("created", ReportTime.Utc(waiver.Created));
        json.WriteString("expires", ReportTime.Utc(waiver.Expires));
        WriteNullable(json, "residualRisk", waiver.ResidualRisk);
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("message", finding.Message);
        WriteNullable(json, "subject", finding.Subject);
        WriteNullable(json, "start", finding.Start is { } start ? ReportTime.Utc(start) : null);
        WriteNullable(json, "end", finding.End is { } end ? ReportTime.Utc(end) : null);
        WriteNullable(json, "duration", finding.Duration is { } duration ? ReportTime.IsoDuration(duration) : null);
        WriteEvidence(json, finding.Evidence);
        json.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter json, IReadOnlyList<EvidenceRef> evidence)
    {
        json.WriteStartArray("evidence");
        foreach (var reference in evidence)
        {
            json.WriteStartObject();
            json.WriteString("id", reference.Id);
            json.WriteString("kind", reference.Kind);
            json.WriteString("observedAt", ReportTime.Utc(reference.ObservedAt));
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteTraceability(Utf8JsonWriter json, ReportModel model)
    {
        json.WriteStartArray("traceability");
        foreach (var trace in model.Traceability)
        {
            json.WriteStartObject();
            json.WriteString("requirementId", trace.Requirement.Id);
            json.WriteString("section", trace.Requirement.Section);
            json.WriteString("text", trace.Requirement.Text);
            json.WriteStartArray("controls");
            foreach (var control in trace.Controls) json.WriteStringValue(control.ControlId);
            json.WriteEndArray();
            json.WriteString("outcome", trace.OutcomeName);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }
}
