using System.Text.Json;
using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Engine.Waivers;
using Custojo.Compliance.Reporting.Formats;
using Custojo.Compliance.Reporting.Model;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Reporting.Oscal;

/// <summary>
/// OSCAL 1.1.2 assessment-results JSON. One result whose start/end is the audit window; an observation
/// per control and one per finding (<c>collected</c> = the latest evidence time they rest on, else the
/// run's end; a control's observation lists its own evidence, each finding's observation the finding's); a finding per evaluated control except not-applicable ones (satisfied only for pass);
/// a risk per waiver named in the run (status <c>deviation-approved</c> with the expiry as deadline when applied,
/// else <c>open</c>), linked from the control's finding; every evidence record and policy file as a back-matter
/// resource with its SHA-256. UUIDs are
/// version 5 from the run id and the item's path, so the same run gives the same document.
/// </summary>
internal static class OscalWriter
{
    public const string OscalVersion = "1.1.2";
    private const string Namespace = "https://custojo.dev/ns/oscal";

    public static void Write(ReportModel model, Stream output)
    {
        var ids = new OscalIds(model.Run.RunId);
        using var json = JsonOutput.Create(output);
        json.WriteStartObject();
        json.WriteStartObject("assessment-results");
        json.WriteString("uuid", ids.For("assessment-results"));
        WriteMetadata(json, model, ids);
        json.WriteStartObject("import-ap");
        json.WriteString("href", $"urn:custojo:pack:{Uri.EscapeDataString(model.Run.PackName)}:{Uri.EscapeDataString(model.Run.PackVersion)}");
        json.WriteString("remarks", "Custojo evaluates the controls of its policy pack; the pack (name and version above, fingerprint in the metadata) is the assessment plan.");
        json.WriteEndObject();
        json.WriteStartArray("results");
        WriteResult(json, model, ids);
        json.WriteEndArray();
        WriteBackMatter(json, model, ids);
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteMetadata(Utf8JsonWriter json, ReportModel model, OscalIds ids)
    {
        var run = model.Run;
        json.WriteStartObject("metadata");
        json.WriteString("title", $"Custojo compliance assessment — {run.Organisation}, {run.Installation}");
        json.WriteString("last-modified", ReportTime.Utc(run.EndedAt));
        json.WriteString("version", OscalText.String(run.RunId));
        json.WriteString("oscal-version", OscalVersion);
        json.WriteStartArray("props");
        Prop(json, "pack-name", run.PackName);
        Prop(json, "pack-version", run.PackVersion);
        Prop(json, "pack-fingerprint", run.PackFingerprint);
        Prop(json, "engine-version", run.EngineVersion);
        json.WriteEndArray();
        json.WriteStartArray("parties");
        json.WriteStartObject();
        json.WriteString("uuid", ids.For("party/organisation"));
        json.WriteString("type", "organization");
        json.WriteString("name", OscalText.String(run.Organisation));
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, ReportModel model, OscalIds ids)
    {
        var run = model.Run;
        json.WriteStartObject();
        json.WriteString("uuid", ids.For("result"));
        json.WriteString("title", $"Audit period {model.Local(run.From)} to {model.Local(run.To)}");
        json.WriteString("description", $"Evaluation of {model.Results.Count} controls of {run.PackName} {run.PackVersion} over the audit window, on {run.EvidenceCount} evidence records (chain head {run.EvidenceChainHead}).");
        json.WriteString("start", ReportTime.Utc(run.From));
        json.WriteString("end", ReportTime.Utc(run.To));
        json.WriteStartArray("props");
        Prop(json, "run-id", run.RunId);
        Prop(json, "time-zone", run.TimeZone);
        Prop(json, "evidence-chain-head", run.EvidenceChainHead);
        Prop(json, "evidence-record-count", run.EvidenceCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Prop(json, "score", ReportTime.Score(model.Score));
        json.WriteEndArray();
        json.WriteStartObject("reviewed-controls");
        json.WriteStartArray("control-selections");
        json.WriteStartObject();
        if (model.Results.Count == 0)
        {
            json.WriteStartObject("include-all");
            json.WriteEndObject();
        }
        else
        {
            json.WriteStartArray("include-controls");
            foreach (var control in model.Results)
            {
                json.WriteStartObject();
                json.WriteString("control-id", OscalText.Token(control.ControlId));
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        if (model.Results.Count > 0)
        {
            json.WriteStartArray("observations");
            foreach (var control in model.Results) WriteObservations(json, control, run, ids);
            json.WriteEndArray();
        }
        if (model.Waivers.Count > 0)
        {
            json.WriteStartArray("risks");
            foreach (var control in model.Waivers) WriteRisk(json, control, model, ids);
            json.WriteEndArray();
        }
        var judged = model.Results.Where(r => r.Outcome != Outcome.NotApplicable).ToList();
        if (judged.Count > 0)
        {
            json.WriteStartArray("findings");
            foreach (var control in judged) WriteFinding(json, control, model, ids);
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WriteObservations(Utf8JsonWriter json, ControlRunResult control, RunResult run, OscalIds ids)
    {
        WriteObservation(json, ids.Observation(control.ControlId), $"{control.ControlId}: {control.Title}",
            control.Message.Length > 0 ? control.Message : control.Title,
            control.Outcome == Outcome.Pass ? "control-objective" : "finding",
            OutcomeNames.Name(control.Outcome), control.Evidence, run, ids);
        for (var i = 0; i < control.Findings.Count; i++)
        {
            var finding = control.Findings[i];
            WriteObservation(json, ids.Observation(control.ControlId, i), $"{control.ControlId} finding {i + 1}",
                FindingDescription(finding), "finding", null, finding.Evidence, run, ids);
        }
    }

    private static void WriteObservation(Utf8JsonWriter json, string uuid, string title, string description, string type,
        string? outcome, IReadOnlyList<EvidenceRef> evidence, RunResult run, OscalIds ids)
    {
        json.WriteStartObject();
        json.WriteString("uuid", uuid);
        json.WriteString("title", title);
        json.WriteString("description", description);
        if (outcome is not null)
        {
            json.WriteStartArray("props");
            Prop(json, "outcome", outcome);
            json.WriteEndArray();
        }
        json.WriteStartArray("methods");
        json.WriteStringValue("TEST");
        json.WriteEndArray();
        json.WriteStartArray("types");
        json.WriteStringValue(type);
        json.WriteEndArray();
        if (evidence.Count > 0)
        {
            json.WriteStartArray("relevant-evidence");
            foreach (var reference in evidence)
            {
                json.WriteStartObject();
                json.WriteString("href", "#" + ids.Evidence(reference.Id));
                json.WriteString("description", $"{reference.Kind} record {reference.Id} observed at {ReportTime.Utc(reference.ObservedAt)}");
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        var collected = evidence.Count > 0 ? evidence.Max(e => e.ObservedAt) : run.EndedAt;
        json.WriteString("collected", ReportTime.Utc(collected));
        json.WriteEndObject();
    }

    /// <summary>A waiver as a risk: deviation-approved (its deadline the expiry) when applied, else open.</summary>
    private static void WriteRisk(Utf8JsonWriter json, ControlRunResult control, ReportModel model, OscalIds ids)
    {
        var status = control.Waiver!;
        var waiver = status.Waiver;
        json.WriteStartObject();
        json.WriteString("uuid", ids.For($"risk/{control.ControlId}"));
        json.WriteString("title", $"Waiver {waiver.Id} for {control.ControlId}: {control.Title}");
        json.WriteString("description", OscalText.String(waiver.Justification));
        json.WriteString("statement", OscalText.String(waiver.ResidualRisk ?? "No residual risk was stated in the waiver."));
        json.WriteStartArray("props");
        Prop(json, "waiver-id", waiver.Id);
        Prop(json, "waiver-state", WaiverText.StateName(status.State));
        Prop(json, "waiver-status", model.WaiverText(control)!);
        Prop(json, "underlying-outcome", OutcomeNames.Name(status.UnderlyingOutcome));
        Prop(json, "approver", waiver.Approver);
        if (waiver.Ticket is { } ticket) Prop(json, "ticket", ticket);
        if (waiver.Scope is { } scope) Prop(json, "scope", scope);
        Prop(json, "created", ReportTime.Utc(waiver.Created));
        json.WriteEndArray();
        json.WriteString("status", status.Applied ? "deviation-approved" : "open");
        json.WriteString("deadline", ReportTime.Utc(waiver.Expires));
        json.WriteStartArray("related-observations");
        WriteObservationRef(json, ids.Observation(control.ControlId));
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, ControlRunResult control, ReportModel model, OscalIds ids)
    {
        var waiver = model.WaiverText(control);
        json.WriteStartObject();
        json.WriteString("uuid", ids.For($"finding/{control.ControlId}"));
        json.WriteString("title", $"{control.ControlId}: {control.Title}");
        json.WriteString("description", control.Message.Length > 0 ? control.Message : control.Title);
        json.WriteStartArray("props");
        Prop(json, "outcome", OutcomeNames.Name(control.Outcome));
        Prop(json, "severity", Severities.Normalise(control.Severity));
        Prop(json, "section", control.Section);
        Prop(json, "policy-file", control.PolicyFile);
        if (waiver is not null) Prop(json, "waiver-status", waiver);
        json.WriteEndArray();
        json.WriteStartObject("target");
        json.WriteString("type", "objective-id");
        json.WriteString("target-id", OscalText.Token(control.ControlId));
        json.WriteStartObject("status");
        json.WriteString("state", control.Outcome == Outcome.Pass ? "satisfied" : "not-satisfied");
        json.WriteString("reason", control.Outcome switch { Outcome.Pass => "pass", Outcome.Fail => "fail", _ => "other" });
        if (control.Outcome is not (Outcome.Pass or Outcome.Fail))
            json.WriteString("remarks", $"Outcome {OutcomeNames.Name(control.Outcome)}: {OutcomeNames.Meaning(control.Outcome)}{(waiver is null ? "" : $" Waiver: {waiver}.")}");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("related-observations");
        WriteObservationRef(json, ids.Observation(control.ControlId));
        for (var i = 0; i < control.Findings.Count; i++) WriteObservationRef(json, ids.Observation(control.ControlId, i));
        json.WriteEndArray();
        if (control.Waiver is not null)
        {
            json.WriteStartArray("related-risks");
            json.WriteStartObject();
            json.WriteString("risk-uuid", ids.For($"risk/{control.ControlId}"));
            json.WriteEndObject();
            json.WriteEndArray();
        }
        if (control.Remediation.Length > 0) json.WriteString("remarks", $"Remediation: {control.Remediation}");
        json.WriteEndObject();
    }

    private static void WriteObservationRef(Utf8JsonWriter json, string uuid)
    {
        json.WriteStartObject();
        json.WriteString("observation-uuid", uuid);
        json.WriteEndObject();
    }

    private static void WriteBackMatter(Utf8JsonWriter json, ReportModel model, OscalIds ids)
    {
        var evidence = model.Results.SelectMany(ReportModel.EvidenceOf)
            .DistinctBy(e => e.Id, StringComparer.Ordinal).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var policies = model.Run.Policies.OrderBy(p => p.File, StringComparer.Ordinal).ToList();
        if (evidence.Count == 0 && policies.Count == 0) return;
        json.WriteStartObject("back-matter");
        json.WriteStartArray("resources");
        foreach (var reference in evidence)
        {
            WriteResource(json, ids.Evidence(reference.Id), $"Evidence record {reference.Id}",
                $"urn:custojo:evidence:{reference.Id}", "application/json", reference.Id,
                [("evidence-kind", reference.Kind), ("observed-at", ReportTime.Utc(reference.ObservedAt))]);
        }
        foreach (var policy in policies)
        {
            WriteResource(json, ids.For($"policy/{policy.File}"), $"Policy file {policy.File}",
                string.Join('/', policy.File.Split('/').Select(Uri.EscapeDataString)), "text/plain", policy.Sha256,
                [("resource-type", "policy-file")]);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteResource(Utf8JsonWriter json, string uuid, string title, string href, string mediaType, string sha256,
        IReadOnlyList<(string Name, string Value)> props)
    {
        json.WriteStartObject();
        json.WriteString("uuid", uuid);
        json.WriteString("title", title);
        json.WriteStartArray("props");
        foreach (var (name, value) in props) Prop(json, name, value);
        json.WriteEndArray();
        json.WriteStartArray("rlinks");
        json.WriteStartObject();
        json.WriteString("href", href);
        json.WriteString("media-type", mediaType);
        json.WriteStartArray("hashes");
        json.WriteStartObject();
        json.WriteString("algorithm", "SHA-256");
        json.WriteString("value", OscalText.String(sha256));
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Prop(Utf8JsonWriter json, string name, string value)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("ns", Namespace);
        json.WriteString("value", OscalText.String(value));
        json.WriteEndObject();
    }

    private static string FindingDescription(Finding finding)
    {
        var parts = new List<string>(4) { finding.Message };
        if (finding.Subject is { Length: > 0 } subject) parts.Add($"subject {subject}");
        if (finding.Start is { } start) parts.Add($"start {ReportTime.Utc(start)}");
        if (finding.End is { } end) parts.Add($"end {ReportTime.Utc(end)}");
        if (finding.Duration is { } duration) parts.Add($"duration {ReportTime.IsoDuration(duration)}");
        return string.Join("; ", parts);
    }
}
