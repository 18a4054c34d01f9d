using System.Globalization;
using Custojo.Compliance.Reporting.Model;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Custojo.Compliance.Reporting.Pdf.Layout;

/// <summary>Running header (from page 2) and footer with "Page X of Y", drawn once every page exists.</summary>
internal static class PageDecorations
{
    public static void Draw(PdfDocument document, ReportModel model)
    {
        var run = model.Run;
        var brush = new XSolidBrush(Theme.Muted);
        var rule = new XPen(Theme.Rule, 0.5);
        var period = $"Audit period {ReportTime.LocalDate(run.From, model.Zone)} to {ReportTime.LocalDate(run.To.AddTicks(-1), model.Zone)} ({run.TimeZone})";
        var count = document.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var gfx = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            if (i > 0)
            {
                gfx.DrawText($"Compliance report · {run.Organisation} · {run.Installation}", Theme.Small, brush,
                    new XRect(Theme.MarginLeft, 34, Theme.ContentWidth * 0.7, 12), XStringFormats.TopLeft);
                gfx.DrawText($"Run {run.RunId}", Theme.Small, brush,
                    new XRect(Theme.MarginLeft, 34, Theme.ContentWidth, 12), XStringFormats.TopRight);
                gfx.DrawLine(rule, Theme.MarginLeft, 48, Theme.MarginLeft + Theme.ContentWidth, 48);
            }
            var footerY = Theme.PageHeight - 44;
            gfx.DrawLine(rule, Theme.MarginLeft, footerY - 4, Theme.MarginLeft + Theme.ContentWidth, footerY - 4);
            gfx.DrawText(period, Theme.Small, brush, new XRect(Theme.MarginLeft, footerY, Theme.ContentWidth, 12), XStringFormats.TopLeft);
            gfx.DrawText(string.Create(CultureInfo.InvariantCulture, $"Page {i + 1} of {count}"), Theme.Small, brush,
                new XRect(Theme.MarginLeft, footerY, Theme.ContentWidth, 12), XStringFormats.TopRight);
        }
    }
}
