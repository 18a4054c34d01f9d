using System.Globalization;
using Custojo.Compliance.Reporting.Model;
using Custojo.Compliance.Reporting.Pdf.Charts;
using Custojo.Compliance.Reporting.Pdf.Layout;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Reporting.Pdf.Sections;

/// <summary>Score, counts by outcome and severity, outcomes by guide section, and the score trend.</summary>
internal static class ExecutiveSummary
{
    public static void Render(PdfFlow flow, ReportModel model)
    {
        var totals = model.Totals;
        flow.Chapter("1  Executive summary");
        var attention = totals.Total - totals[Outcome.Pass];
        flow.Paragraph(string.Create(CultureInfo.InvariantCulture,
            $"{totals.Total} controls of the policy pack were evaluated against {model.Run.EvidenceCount:N0} evidence records over the audit period. " +
            $"{totals[Outcome.Pass]} passed and {attention} did not: failed {totals[Outcome.Fail]}, no evidence {totals[Outcome.NoEvidence]}, " +
            $"error {totals[Outcome.Error]}, waived {totals[Outcome.Waived]}, not applicable {totals[Outcome.NotApplicable]}. " +
            $"The overall score is {ReportTime.Score(model.Score)}."));

        flow.Heading("Outcomes", Theme.H2);
        var outcomes = new Table(new("Outcome", 2), new("Controls", 1), new("Share", 1), new("Meaning", 7));
        foreach (var outcome in OutcomeNames.All)
        {
            outcomes.Row(
                new TableCell(OutcomeNames.Label(outcome), Theme.SmallBold, Theme.OutcomeColor(outcome)),
                totals[outcome].ToString(CultureInfo.InvariantCulture),
                totals.Total == 0 ? "–" : (100.0 * totals[outcome] / totals.Total).ToString("0.0", CultureInfo.InvariantCulture) + " %",
                OutcomeNames.Meaning(outcome));
        }
        flow.Table(outcomes);

        flow.Heading("Outcomes by severity", Theme.H2);
        var severities = new Table([new("Severity", 2), .. OutcomeNames.All.Select(o => new TableColumn(OutcomeNames.Label(o), 1.3)), new("Total", 1)]);
        foreach (var group in model.Severities)
        {
            severities.Row([
                new TableCell(group.Severity, Theme.SmallBold),
                .. OutcomeNames.All.Select(o => new TableCell(group.Counts[o].ToString(CultureInfo.InvariantCulture), null, group.Counts[o] > 0 && o != Outcome.Pass && o != Outcome.NotApplicable ? Theme.OutcomeColor(o) : null)),
                new TableCell(group.Counts.Total.ToString(CultureInfo.InvariantCulture))]);
        }
        flow.Table(severities);

        flow.Heading("Outcomes by guide section", Theme.H2, keepWith: 140);
        OutcomeBarChart.Draw(flow, model);

        if (model.Trend.Count(p => p.Score is not null) >= 2)
        {
            flow.Heading("Score over time", Theme.H2, keepWith: 170);
            flow.Paragraph("Score of this run (red) and of earlier runs of this workspace, dated by the end of their audit period.", Theme.Small, Theme.Muted);
            ScoreTrendChart.Draw(flow, model);
        }
    }
}
