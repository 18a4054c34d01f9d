using System.Globalization;
using Custojo.Compliance.Reporting.Pdf.Layout;
using Custojo.Compliance.Reporting.Model;

namespace Custojo.Compliance.Reporting.Pdf.Sections;

/// <summary>Run metadata, pack fingerprint and per-policy hashes, evidence chain head, and the embedded results' hash.</summary>
internal static class Appendix
{
    public static void Render(PdfFlow flow, ReportModel model, PdfContext context)
    {
        var run = model.Run;
        flow.Chapter("Appendix  Run record");
        flow.KeyValues(
        [
            ("Run", run.RunId),
            ("Engine version", run.EngineVersion),
            ("Policy pack", $"{run.PackName} {run.PackVersion}"),
            ("Pack fingerprint", run.PackFingerprint),
            ("Evidence chain head", run.EvidenceChainHead),
            ("Evidence records", run.EvidenceCount.ToString("N0", CultureInfo.InvariantCulture)),
            ("Run started", $"{ReportTime.Utc(run.StartedAt)}"),
            ("Run ended", $"{ReportTime.Utc(run.EndedAt)}"),
            ("Generated at", ReportTime.Utc(context.GeneratedAt)),
            ("Signer", context.Signer is null ? "Not signed" : $"{context.Signer} (certificate SHA-256 {context.SignerThumbprint})"),
        ], keyWidth: 120);

        flow.Heading("Embedded results", Theme.H2);
        flow.KeyValues(
        [
            ("Attached file", context.ResultsFileName),
            ("Size", string.Create(CultureInfo.InvariantCulture, $"{context.ResultsLength:N0} bytes")),
            ("SHA-256", context.ResultsSha256),
        ], keyWidth: 120);

        flow.Heading("Policy files", Theme.H2);
        var table = new Table(new("Policy file (pack-relative)", 4), new("SHA-256 of normalised source", 6));
        foreach (var policy in run.Policies.OrderBy(p => p.File, StringComparer.Ordinal))
            table.Row(policy.File, new TableCell(policy.Sha256, Theme.Tiny));
        flow.Table(table);
    }
}
