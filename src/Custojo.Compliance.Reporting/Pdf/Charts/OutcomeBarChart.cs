using System.Globalization;
using Custojo.Compliance.Reporting.Model;
using Custojo.Compliance.Reporting.Pdf.Layout;
using PdfSharp.Drawing;

namespace Custojo.Compliance.Reporting.Pdf.Charts;

/// <summary>Horizontal stacked bars: the outcomes of the controls of each top-level guide section, with a legend.</summary>
internal static class OutcomeBarChart
{
    private const double LabelWidth = 150;
    private const double BarHeight = 13;
    private const double RowGap = 7;

    public static void Draw(PdfFlow flow, ReportModel model)
    {
        var groups = model.Sections
            .GroupBy(s => TopLevel(s.Section), StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Counts: Sum(g.Select(s => s.Counts))))
            .ToList();
        if (groups.Count == 0) return;

        var height = groups.Count * (BarHeight + RowGap) + 34;
        flow.EnsureRoom(height);
        var gfx = flow.Gfx;
        var max = groups.Max(g => g.Counts.Total);
        var barLeft = Theme.MarginLeft + LabelWidth;
        var barWidth = Theme.ContentWidth - LabelWidth - 30;
        var y = flow.Y;
        foreach (var (name, counts) in groups)
        {
            var label = TextWrapper.Wrap(gfx, name, Theme.Small, LabelWidth - 8)[0];
            gfx.DrawText(label, Theme.Small, new XSolidBrush(Theme.Ink), Theme.MarginLeft, y + BarHeight - 3.5, XStringFormats.Default);
            var x = barLeft;
            foreach (var outcome in OutcomeNames.All)
            {
                var n = counts[outcome];
                if (n == 0) continue;
                var w = barWidth * n / max;
                gfx.DrawRectangle(new XSolidBrush(Theme.OutcomeColor(outcome)), x, y, w, BarHeight);
                var text = n.ToString(CultureInfo.InvariantCulture);
                if (gfx.MeasureString(text, Theme.Tiny).Width + 3 < w)
                    gfx.DrawText(text, Theme.Tiny, XBrushes.White, new XRect(x, y, w, BarHeight), XStringFormats.Center);
                x += w;
            }
            gfx.DrawText(counts.Total.ToString(CultureInfo.InvariantCulture), Theme.Small, new XSolidBrush(Theme.Muted), x + 4, y + BarHeight - 3.5, XStringFormats.Default);
            y += BarHeight + RowGap;
        }
        y += 4;
        var lx = Theme.MarginLeft;
        foreach (var outcome in OutcomeNames.All)
        {
            gfx.DrawRectangle(new XSolidBrush(Theme.OutcomeColor(outcome)), lx, y, 8, 8);
            var label = OutcomeNames.Label(outcome);
            gfx.DrawText(label, Theme.Small, new XSolidBrush(Theme.Ink), lx + 11, y + 7, XStringFormats.Default);
            lx += 11 + gfx.MeasureString(label, Theme.Small).Width + 14;
        }
        flow.Y = y + 22;
    }

    private static string TopLevel(string section)
    {
        var cut = section.IndexOf(" › ", StringComparison.Ordinal);
        return cut < 0 ? section : section[..cut];
    }

    private static OutcomeCounts Sum(IEnumerable<OutcomeCounts> parts)
    {
        var sum = new OutcomeCounts();
        foreach (var part in parts) sum.Add(part);
        return sum;
    }
}
