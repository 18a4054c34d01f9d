using System.Globalization;
using Custojo.Compliance.Reporting.Model;
using Custojo.Compliance.Reporting.Pdf.Layout;

namespace Custojo.Compliance.Reporting.Pdf.Sections;

/// <summary>Window, time zone, parameters in effect, what each outcome means, the score formula, how to verify.</summary>
internal static class ScopeAndMethod
{
    public static void Render(PdfFlow flow, ReportModel model, PdfContext context)
    {
        var run = model.Run;
        flow.Chapter("6  Scope and method");
        flow.Paragraph("Each control of the policy pack is a C# policy, statically analysed before it runs, evaluated over the audit window against the evidence store. " +
            "Periodic requirements (\"daily\", \"every 30 minutes\", \"quarterly\") are judged per calendar period of the installation's time zone. " +
            "A result names the evidence records it was decided on; each record is identified by the SHA-256 of its content, and the store chains every record's hash to the previous one.");
        flow.KeyValues(
        [
            ("Audit window", $"{model.Local(run.From)} to {model.Local(run.To)}"),
            ("Audit window (UTC)", $"{ReportTime.Utc(run.From)} to {ReportTime.Utc(run.To)}, start inclusive, end exclusive"),
            ("Time zone", run.TimeZone),
            ("Policy pack", $"{run.PackName} {run.PackVersion}, {run.Policies.Count} policy files"),
            ("Evidence", string.Create(CultureInfo.InvariantCulture, $"{run.EvidenceCount:N0} records in the store when the run was made")),
            ("Evaluation", $"{model.Local(run.StartedAt)} to {model.Local(run.EndedAt)}"),
            ("Score", ComplianceScore.Formula),
        ]);

        flow.Heading("What each outcome means", Theme.H2);
        var outcomes = new Table(new("Outcome", 1.6), new("Meaning", 8));
        foreach (var outcome in OutcomeNames.All)
            outcomes.Row(new TableCell(OutcomeNames.Label(outcome), Theme.SmallBold, Theme.OutcomeColor(outcome)), OutcomeNames.Meaning(outcome));
        flow.Table(outcomes);

        flow.Heading("Parameters in effect", Theme.H2);
        var parameters = run.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal)
            .SelectMany(p => p.Value.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => (Control: p.Key, Name: v.Key, v.Value)))
            .ToList();
        if (parameters.Count == 0)
        {
            flow.Paragraph("No control declares a parameter.", Theme.Small, Theme.Muted);
        }
        else
        {
            var table = new Table(new("Control", 2), new("Parameter", 3), new("Value", 5));
            foreach (var (control, name, value) in parameters) table.Row(new TableCell(control, Theme.SmallBold), name, value);
            flow.Table(table);
        }

        flow.Heading("How to verify this document", Theme.H2);
        flow.Paragraph($"The results this document was generated from are attached to it as {context.ResultsFileName}; their SHA-256 is printed in the appendix. " +
            $"Run: custojo verify <this file> --trust <signer certificate>. It checks that the signature is valid and covers the whole file, that the signer chains to the trusted certificate, " +
            "and that the attached results match the printed hash. With --db it also checks that the run and its evidence chain head exist in the store.");
    }
}
