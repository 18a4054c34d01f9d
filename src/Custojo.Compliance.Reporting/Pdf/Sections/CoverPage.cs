using System.Globalization;
using Custojo.Compliance.Reporting.Model;
using Custojo.Compliance.Reporting.Pdf.Layout;
using Custojo.Compliance.Sdk.Results;
using PdfSharp.Drawing;

namespace Custojo.Compliance.Reporting.Pdf.Sections;

/// <summary>The cover: organisation, installation, period and zone, generated at, run, score, signer and the signature block.</summary>
internal static class CoverPage
{
    public static void Render(PdfFlow flow, ReportModel model, PdfContext context)
    {
        var gfx = flow.Gfx;
        var run = model.Run;
        gfx.DrawRectangle(new XSolidBrush(Theme.Accent), 0, 0, Theme.PageWidth, 175);
        gfx.DrawText("COMPLIANCE REPORT", Theme.BodyBold, XBrushes.White, Theme.MarginLeft, 62, XStringFormats.Default);
        gfx.DrawText("System Maintenance Guide", Theme.Title, XBrushes.White, Theme.MarginLeft, 100, XStringFormats.Default);
        gfx.DrawText($"Policy pack {run.PackName} {run.PackVersion}", Theme.Subtitle, XBrushes.White, Theme.MarginLeft, 128, XStringFormats.Default);
        flow.Y = 205;
        flow.Paragraph(run.Organisation, Theme.Title);
        flow.Paragraph(run.Installation, Theme.Subtitle, Theme.Muted);
        flow.Gap(10);
        flow.KeyValues(
        [
            ("Audit period", $"{model.Local(run.From)} to {model.Local(run.To)} (end exclusive)"),
            ("Time zone", run.TimeZone),
            ("Generated at", model.Local(context.GeneratedAt)),
            ("Run", run.RunId),
            ("Evidence", string.Create(CultureInfo.InvariantCulture, $"{run.EvidenceCount:N0} records, chain head {run.EvidenceChainHead}")),
            ("Signed by", context.Signer ?? "Not signed"),
        ]);
        DrawScore(flow, model);
        DrawSignatureFrame(gfx, context);
    }

    private static void DrawScore(PdfFlow flow, ReportModel model)
    {
        var gfx = flow.Gfx;
        var top = flow.Y + 10;
        var box = new XRect(Theme.MarginLeft, top, Theme.ContentWidth, 92);
        gfx.DrawRectangle(new XPen(Theme.Rule, 0.8), new XSolidBrush(Theme.ZebraFill), box);
        gfx.DrawText("Overall score", Theme.BodyBold, new XSolidBrush(Theme.Muted), box.X + 14, top + 22, XStringFormats.Default);
        var color = model.Score switch
        {
            >= 90 => Theme.OutcomeColor(Outcome.Pass),
            >= 70 => Theme.OutcomeColor(Outcome.NoEvidence),
            null => Theme.Muted,
            _ => Theme.OutcomeColor(Outcome.Fail),
        };
        gfx.DrawText(ReportTime.Score(model.Score), Theme.Score, new XSolidBrush(color), box.X + 14, top + 62, XStringFormats.Default);
        var counts = string.Join("   ", OutcomeNames.All.Select(o => string.Create(CultureInfo.InvariantCulture, $"{OutcomeNames.Label(o)} {model.Totals[o]}")));
        gfx.DrawText(string.Create(CultureInfo.InvariantCulture, $"{model.Totals.Total} controls evaluated"), Theme.Body, new XSolidBrush(Theme.Ink), box.X + 190, top + 38, XStringFormats.Default);
        gfx.DrawText(counts, Theme.Small, new XSolidBrush(Theme.Ink), box.X + 190, top + 54, XStringFormats.Default);
        gfx.DrawText(ComplianceScore.Formula, Theme.Tiny, new XSolidBrush(Theme.Muted), box.X + 190, top + 70, XStringFormats.Default);
        flow.Y = top + box.Height + 10;
    }

    private static void DrawSignatureFrame(XGraphics gfx, PdfContext context)
    {
        var block = PdfContext.SignatureBlock;
        gfx.DrawText("Digital signature", Theme.BodyBold, new XSolidBrush(Theme.Muted), block.X, block.Y - 6, XStringFormats.Default);
        if (context.Signer is not null) return;
        gfx.DrawRectangle(new XPen(Theme.OutcomeColor(Outcome.Fail), 1), block);
        gfx.DrawText("UNSIGNED", Theme.H2, new XSolidBrush(Theme.OutcomeColor(Outcome.Fail)), block.X + 12, block.Y + 24, XStringFormats.Default);
        gfx.DrawText("This copy carries no digital signature: its integrity and origin cannot be verified.", Theme.Body,
            new XSolidBrush(Theme.Ink), block.X + 12, block.Y + 44, XStringFormats.Default);
    }
}
