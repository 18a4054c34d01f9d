using System.Globalization;
using Custojo.Compliance.Reporting.Model;
using Custojo.Compliance.Reporting.Pdf.Layout;

namespace Custojo.Compliance.Reporting.Pdf.Sections;

/// <summary>A table per guide section: control, title, severity, outcome.</summary>
internal static class ResultsBySection
{
    public static void Render(PdfFlow flow, ReportModel model)
    {
        flow.Chapter("2  Results by guide section");
        foreach (var section in model.Sections)
        {
            flow.Heading(section.Section, Theme.H3);
            flow.Paragraph(string.Create(CultureInfo.InvariantCulture,
                $"{section.Counts.Total} {(section.Counts.Total == 1 ? "control" : "controls")}, score {ReportTime.Score(section.Counts.Score)}."), Theme.Small, Theme.Muted);
            var table = new Table(new("Control", 2.2), new("Title", 7), new("Severity", 1.5), new("Outcome", 1.8));
            foreach (var control in section.Controls)
            {
                table.Row(
                    new TableCell(control.ControlId, Theme.SmallBold),
                    control.Title,
                    Severities.Normalise(control.Severity),
                    new TableCell(OutcomeNames.Label(control.Outcome), Theme.SmallBold, Theme.OutcomeColor(control.Outcome)));
            }
            flow.Table(table);
        }
    }
}
