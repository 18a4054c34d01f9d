using Custojo.Compliance.Reporting.Model;
using Custojo.Compliance.Reporting.Pdf.Layout;

namespace Custojo.Compliance.Reporting.Pdf.Sections;

/// <summary>Each guide requirement → the controls that implement it → the requirement's outcome.</summary>
internal static class TraceabilityMatrix
{
    public static void Render(PdfFlow flow, ReportModel model)
    {
        flow.Chapter("5  Traceability matrix");
        if (model.Traceability.Count == 0)
        {
            flow.Paragraph("No requirement catalogue was supplied with this run, so requirements cannot be traced to controls here.");
            return;
        }
        var uncovered = model.Traceability.Count(t => t.Outcome is null);
        flow.Paragraph($"Every requirement of the System Maintenance Guide, the controls that implement it and its outcome: the gravest outcome of its controls (error, fail, no evidence, waived, pass, not applicable). {uncovered} of {model.Traceability.Count} requirements are implemented by no control.",
            Theme.Small, Theme.Muted);
        var table = new Table(new("Requirement", 2.1), new("Guide text", 5.5), new("Controls", 3.4), new("Outcome", 1.7));
        foreach (var trace in model.Traceability)
        {
            var controls = trace.Controls.Count == 0
                ? "–"
                : string.Join("\n", trace.Controls.Select(c => $"{c.ControlId} ({OutcomeNames.Name(c.Outcome)})"));
            table.Row(
                new TableCell(trace.Requirement.Id, Theme.SmallBold),
                trace.Requirement.Text,
                controls,
                trace.Outcome is { } outcome
                    ? new TableCell(OutcomeNames.Label(outcome), Theme.SmallBold, Theme.OutcomeColor(outcome))
                    : new TableCell("Not covered", Theme.SmallBold, Theme.Muted));
        }
        flow.Table(table);
    }
}
