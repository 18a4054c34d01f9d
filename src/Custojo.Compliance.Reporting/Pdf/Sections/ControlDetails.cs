using System.Globalization;
using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Reporting.Model;
using Custojo.Compliance.Reporting.Pdf.Layout;

namespace Custojo.Compliance.Reporting.Pdf.Sections;

/// <summary>Every control that is not pass: message, findings (local times), the evidence it rests on, remediation.</summary>
internal static class ControlDetails
{
    public static void Render(PdfFlow flow, ReportModel model)
    {
        flow.Chapter("3  Controls that need attention");
        if (model.Attention.Count == 0)
        {
            flow.Paragraph("Every evaluated control passed.");
            return;
        }
        flow.Paragraph(string.Create(CultureInfo.InvariantCulture,
            $"{model.Attention.Count} controls did not pass. Times are shown in {model.Run.TimeZone}; evidence records are identified by the SHA-256 of their content."),
            Theme.Small, Theme.Muted);
        foreach (var control in model.Attention) RenderControl(flow, control, model);
    }

    private static void RenderControl(PdfFlow flow, ControlRunResult control, ReportModel model)
    {
        flow.Heading($"{control.ControlId} — {control.Title}", Theme.H2, keepWith: 90);
        flow.KeyValues(
        [
            ("Outcome", OutcomeNames.Label(control.Outcome)),
            ("Severity", Severities.Normalise(control.Severity)),
            ("Guide section", control.Section),
            ("Requirements", control.Requirements.Count == 0 ? "–" : string.Join(", ", control.Requirements)),
            ("Frameworks", control.Frameworks.Count == 0 ? "–" : string.Join("; ", control.Frameworks.Select(f => $"{f.Framework} {f.Reference}"))),
            ("Policy file", control.PolicyFile),
        ], keyWidth: 95);
        flow.Paragraph(control.Message, Theme.BodyBold, Theme.OutcomeColor(control.Outcome));
        if (model.WaiverText(control) is { } waiver) flow.Paragraph($"Waiver: {waiver}", Theme.Body, Theme.Accent);

        if (control.Findings.Count > 0)
        {
            flow.Heading(string.Create(CultureInfo.InvariantCulture, $"Findings ({control.Findings.Count})"), Theme.BodyBold, keepWith: 30);
            var findings = new Table(new("#", 0.6), new("Finding", 5), new("Subject", 1.6), new("Start", 2.2), new("End", 2.2), new("Duration", 1.4));
            for (var i = 0; i < control.Findings.Count; i++)
            {
                var finding = control.Findings[i];
                findings.Row(
                    (i + 1).ToString(CultureInfo.InvariantCulture),
                    finding.Message,
                    finding.Subject ?? "",
                    finding.Start is { } start ? model.Local(start) : "",
                    finding.End is { } end ? model.Local(end) : "",
                    finding.Duration is { } duration ? ReportTime.Human(duration) : "");
            }
            flow.Table(findings);
        }

        var evidence = ReportModel.EvidenceOf(control);
        flow.Heading(string.Create(CultureInfo.InvariantCulture, $"Evidence ({evidence.Count} records)"), Theme.BodyBold, keepWith: 30);
        if (evidence.Count == 0)
        {
            flow.Paragraph("The result rests on no evidence record (none was found in the audit period).", Theme.Small, Theme.Muted);
        }
        else
        {
            var table = new Table(new("Record id (SHA-256 of content)", 6.2), new("Kind", 2), new("Observed at", 2.4));
            foreach (var reference in evidence) table.Row(new TableCell(reference.Id, Theme.Tiny), reference.Kind, model.Local(reference.ObservedAt));
            flow.Table(table);
        }

        if (control.Remediation.Length > 0)
        {
            flow.Heading("Remediation", Theme.BodyBold, keepWith: 20);
            flow.Paragraph(control.Remediation);
        }
        flow.Gap(6);
    }
}
