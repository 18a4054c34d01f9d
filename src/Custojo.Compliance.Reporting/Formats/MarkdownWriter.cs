using System.Globalization;
using System.Text;
using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Engine.Waivers;
using Custojo.Compliance.Reporting.Model;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Reporting.Formats;

/// <summary>A Markdown report (GitHub-flavoured tables) with the same sections as the PDF, LF line ends.</summary>
internal static class MarkdownWriter
{
    public static void Write(ReportModel model, Stream output)
    {
        var md = new StringBuilder();
        var run = model.Run;
        md.Append(CultureInfo.InvariantCulture, $"# Compliance report — {Cell(run.Organisation)}, {Cell(run.Installation)}\n\n");
        Table(md, ["Item", "Value"],
        [
            ["Run", run.RunId],
            ["Audit period", $"{model.Local(run.From)} to {model.Local(run.To)} ({run.TimeZone})"],
            ["Policy pack", $"{run.PackName} {run.PackVersion}"],
            ["Score", ReportTime.Score(model.Score)],
            ["Evidence", $"{run.EvidenceCount.ToString(CultureInfo.InvariantCulture)} records, chain head {run.EvidenceChainHead}"],
        ]);
        md.Append("## Summary\n\n");
        Table(md, ["Outcome", "Controls"], [.. OutcomeNames.All.Select(o => new[] { OutcomeNames.Name(o), Count(model.Totals[o]) })]);
        Table(md, ["Severity", .. OutcomeNames.All.Select(OutcomeNames.Name)],
            [.. model.Severities.Select(s => new[] { s.Severity }.Concat(OutcomeNames.All.Select(o => Count(s.Counts[o]))).ToArray())]);
        md.Append("## Results by guide section\n\n");
        foreach (var section in model.Sections)
        {
            md.Append(CultureInfo.InvariantCulture, $"### {Cell(section.Section)}\n\n");
            Table(md, ["Control", "Title", "Severity", "Outcome"],
                [.. section.Controls.Select(c => new[] { c.ControlId, c.Title, Severities.Normalise(c.Severity), OutcomeNames.Name(c.Outcome) })]);
        }
        if (model.Attention.Count > 0)
        {
            md.Append("## Controls that need attention\n\n");
            foreach (var control in model.Attention) WriteDetail(md, control, model);
        }
        if (model.Waivers.Count > 0)
        {
            md.Append("## Waivers\n\n");
            Table(md, ["Control", "State", "Status", "Approver", "Expires", "Ticket", "Justification", "Residual risk"],
                [.. model.Waivers.Select(c => new[]
                {
                    c.ControlId, WaiverText.StateName(c.Waiver!.State), model.WaiverText(c)!, c.Waiver.Waiver.Approver,
                    model.Local(c.Waiver.Waiver.Expires), c.Waiver.Waiver.Ticket ?? "–", c.Waiver.Waiver.Justification, c.Waiver.Waiver.ResidualRisk ?? "–",
                })]);
        }
        if (model.Traceability.Count > 0)
        {
            md.Append("## Traceability\n\n");
            Table(md, ["Requirement", "Text", "Controls", "Outcome"],
                [.. model.Traceability.Select(t => new[] { t.Requirement.Id, t.Requirement.Text, string.Join(", ", t.Controls.Select(c => c.ControlId)), t.OutcomeName })]);
        }
        md.Append(CultureInfo.InvariantCulture, $"Score formula: {ComplianceScore.Formula}.\n");
        var bytes = Encoding.UTF8.GetBytes(md.ToString());
        output.Write(bytes);
    }

    private static void WriteDetail(StringBuilder md, ControlRunResult control, ReportModel model)
    {
        var zone = model.Zone;
        md.Append(CultureInfo.InvariantCulture, $"### {Cell(control.ControlId)} — {Cell(control.Title)}\n\n");
        md.Append(CultureInfo.InvariantCulture, $"**{OutcomeNames.Name(control.Outcome)}** ({Severities.Normalise(control.Severity)}) — {Cell(control.Message)}\n\n");
        if (model.WaiverText(control) is { } waiver) md.Append(CultureInfo.InvariantCulture, $"Waiver: {Cell(waiver)}\n\n");
        if (control.Findings.Count > 0)
        {
            foreach (var finding in control.Findings) md.Append("- ").Append(Cell(FindingText.Line(finding, zone))).Append('\n');
            md.Append('\n');
        }
        var evidence = ReportModel.EvidenceOf(control);
        if (evidence.Count > 0)
        {
            Table(md, ["Evidence record (SHA-256)", "Kind", "Observed at"],
                [.. evidence.Select(e => new[] { $"`{e.Id}`", e.Kind, ReportTime.Local(e.ObservedAt, zone) })]);
        }
        if (control.Remediation.Length > 0) md.Append(CultureInfo.InvariantCulture, $"Remediation: {Cell(control.Remediation)}\n\n");
    }

    private static void Table(StringBuilder md, IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        md.Append("| ").AppendJoin(" | ", header.Select(Cell)).Append(" |\n");
        md.Append('|').AppendJoin('|', header.Select(_ => " --- ")).Append("|\n");
        foreach (var row in rows) md.Append("| ").AppendJoin(" | ", row.Select(Cell)).Append(" |\n");
        md.Append('\n');
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Text safe inside a table cell or heading: pipes escaped, line breaks folded.</summary>
    private static string Cell(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
}
