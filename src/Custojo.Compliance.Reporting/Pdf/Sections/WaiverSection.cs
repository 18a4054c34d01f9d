using System.Globalization;
using Custojo.Compliance.Engine.Waivers;
using Custojo.Compliance.Reporting.Model;
using Custojo.Compliance.Reporting.Pdf.Layout;

namespace Custojo.Compliance.Reporting.Pdf.Sections;

/// <summary>
/// Every waiver the run considered: applied or not, its state, the outcome the policy decided underneath,
/// who approved it until when, and why; then each waiver's status sentence, as every other format shows it.
/// </summary>
internal static class WaiverSection
{
    public static void Render(PdfFlow flow, ReportModel model)
    {
        flow.Chapter("4  Waivers");
        if (model.Waivers.Count == 0)
        {
            flow.Paragraph("No waiver named an evaluated control in this run.");
            return;
        }
        var applied = model.Waivers.Count(c => c.Waiver!.Applied);
        flow.Paragraph(string.Create(CultureInfo.InvariantCulture,
            $"{model.Waivers.Count} waiver(s) name evaluated controls; {applied} applied. A waived control keeps its underlying outcome and findings; an expired waiver is not applied. Expiry times are in {model.Run.TimeZone}."),
            Theme.Small, Theme.Muted);
        var table = new Table(new("Control", 2.1), new("State", 2.2), new("Underlying outcome", 2.0), new("Approver", 1.8),
            new("Expires", 2.2), new("Ticket", 1.7), new("Justification", 3.0), new("Residual risk", 2.4));
        foreach (var control in model.Waivers)
        {
            var status = control.Waiver!;
            var waiver = status.Waiver;
            table.Row(
                new TableCell($"{control.ControlId}\n{waiver.Id}", Theme.SmallBold),
                WaiverText.StateName(status.State) + (status.Applied ? "\napplied" : "\nnot applied"),
                new TableCell(OutcomeNames.Name(status.UnderlyingOutcome), Theme.SmallBold, Theme.OutcomeColor(status.UnderlyingOutcome)),
                waiver.Approver,
                model.Local(waiver.Expires),
                waiver.Ticket ?? "–",
                waiver.Justification,
                waiver.ResidualRisk ?? "–");
        }
        flow.Table(table, Theme.Small);
        flow.Heading("Status as reported in every format", Theme.BodyBold, keepWith: 30);
        foreach (var control in model.Waivers) flow.Paragraph($"{control.ControlId}: {model.WaiverText(control)}", Theme.Small);
    }
}
