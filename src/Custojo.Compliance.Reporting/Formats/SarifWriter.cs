using System.Text.Json;
using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Reporting.Model;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Reporting.Formats;

/// <summary>
/// SARIF 2.1.0: one rule per control, one result per control located at its policy file
/// (uri relative to <c>%PACKROOT%</c>). Result kinds: pass → pass, fail → fail (level by severity:
/// critical/high error, medium warning, low/info note), no-evidence → review (warning),
/// error → open (error), not-applicable → notApplicable, waived → fail with an accepted external suppression
/// whose justification is the waiver's status sentence (also in the result's properties, applied or not).
/// </summary>
internal static class SarifWriter
{
    private const string PackRoot = "PACKROOT";

    public static void Write(ReportModel model, Stream output)
    {
        var run = model.Run;
        using var json = JsonOutput.Create(output);
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json, model);
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(PackRoot);
        json.WriteStartObject("description");
        json.WriteString("text", $"The root folder of the policy pack {run.PackName} {run.PackVersion}.");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject("automationDetails");
        json.WriteString("id", $"custojo/{run.RunId}");
        json.WriteEndObject();
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", true);
        json.WriteString("startTimeUtc", ReportTime.Utc(run.StartedAt));
        json.WriteString("endTimeUtc", ReportTime.Utc(run.EndedAt));
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("results");
        for (var i = 0; i < model.Results.Count; i++) WriteResult(json, model.Results[i], i, model.WaiverText(model.Results[i]));
        json.WriteEndArray();
        WriteRunProperties(json, model);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteTool(Utf8JsonWriter json, ReportModel model)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "custojo");
        json.WriteString("version", model.Run.EngineVersion);
        json.WriteString("informationUri", "https://custojo.dev/compliance");
        json.WriteStartArray("rules");
        foreach (var control in model.Results)
        {
            json.WriteStartObject();
            json.WriteString("id", control.ControlId);
            json.WriteString("name", control.ControlId);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", control.Title);
            json.WriteEndObject();
            if (control.Remediation.Length > 0)
            {
                json.WriteStartObject("help");
                json.WriteString("text", control.Remediation);
                json.WriteEndObject();
            }
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(control.Severity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("severity", Severities.Normalise(control.Severity));
            json.WriteString("section", control.Section);
            json.WriteStartArray("requirements");
            foreach (var requirement in control.Requirements) json.WriteStringValue(requirement);
            json.WriteEndArray();
            json.WriteStartArray("tags");
            foreach (var mapping in control.Frameworks) json.WriteStringValue($"{mapping.Framework} {mapping.Reference}");
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, ControlRunResult control, int ruleIndex, string? waiver)
    {
        var (kind, level) = control.Outcome switch
        {
            Outcome.Pass => ("pass", "none"),
            Outcome.Fail => ("fail", Level(control.Severity)),
            Outcome.NoEvidence => ("review", "warning"),
            Outcome.Error => ("open", "error"),
            Outcome.NotApplicable => ("notApplicable", "none"),
            Outcome.Waived => ("fail", Level(control.Severity)),
            _ => throw new ArgumentOutOfRangeException(nameof(control), control.Outcome, "Unknown outcome."),
        };
        json.WriteStartObject();
        json.WriteString("ruleId", control.ControlId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("kind", kind);
        json.WriteString("level", level);
        json.WriteStartObject("message");
        json.WriteString("text", control.Message.Length > 0 ? control.Message : control.Title);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", control.PolicyFile);
        json.WriteString("uriBaseId", PackRoot);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        if (control.Outcome == Outcome.Waived)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "external");
            json.WriteString("status", "accepted");
            json.WriteString("justification", waiver ?? control.Message);
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteStartObject("properties");
        json.WriteString("outcome", OutcomeNames.Name(control.Outcome));
        if (control.Waiver is { } status)
        {
            json.WriteString("underlyingOutcome", OutcomeNames.Name(status.UnderlyingOutcome));
            json.WriteString("waiverId", status.Waiver.Id);
            json.WriteString("waiver", waiver);
        }
        json.WriteStartArray("findings");
        foreach (var finding in control.Findings)
        {
            json.WriteStartObject();
            json.WriteString("message", finding.Message);
            if (finding.Subject is { } subject) json.WriteString("subject", subject);
            if (finding.Start is { } start) json.WriteString("start", ReportTime.Utc(start));
            if (finding.End is { } end) json.WriteString("end", ReportTime.Utc(end));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("evidence");
        foreach (var evidence in ReportModel.EvidenceOf(control)) json.WriteStringValue(evidence.Id);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRunProperties(Utf8JsonWriter json, ReportModel model)
    {
        var run = model.Run;
        json.WriteStartObject("properties");
        json.WriteString("runId", run.RunId);
        json.WriteString("windowFrom", ReportTime.Utc(run.From));
        json.WriteString("windowTo", ReportTime.Utc(run.To));
        json.WriteString("packFingerprint", run.PackFingerprint);
        json.WriteString("evidenceChainHead", run.EvidenceChainHead);
        if (model.Score is { } score) json.WriteNumber("score", score);
        else json.WriteNull("score");
        json.WriteEndObject();
    }

    private static string Level(string severity) => Severities.Normalise(severity) switch
    {
        "critical" or "high" => "error",
        "medium" => "warning",
        _ => "note",
    };
}
