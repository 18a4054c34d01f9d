using System.Globalization;
using Custojo.Compliance.Reporting.Model;
using Custojo.Compliance.Reporting.Pdf.Layout;
using PdfSharp.Drawing;

namespace Custojo.Compliance.Reporting.Pdf.Charts;

/// <summary>A line of the score over this run and earlier runs (the last 12), 0–100 %, dated by window end.</summary>
internal static class ScoreTrendChart
{
    private const int MaxPoints = 12;
    private const double Height = 130;
    private const double AxisWidth = 34;

    public static void Draw(PdfFlow flow, ReportModel model)
    {
        var points = model.Trend.Where(p => p.Score is not null).TakeLast(MaxPoints).ToList();
        if (points.Count < 2) return;

        flow.EnsureRoom(Height + 30);
        var gfx = flow.Gfx;
        var left = Theme.MarginLeft + AxisWidth;
        var width = Theme.ContentWidth - AxisWidth - 20;
        var top = flow.Y + 6;
        var grid = new XPen(Theme.Rule, 0.4);
        var muted = new XSolidBrush(Theme.Muted);
        foreach (var level in new[] { 0, 25, 50, 75, 100 })
        {
            var y = top + Height * (1 - level / 100.0);
            gfx.DrawLine(grid, left, y, left + width, y);
            gfx.DrawText(string.Create(CultureInfo.InvariantCulture, $"{level} %"), Theme.Tiny, muted,
                new XRect(Theme.MarginLeft, y - 4, AxisWidth - 6, 8), XStringFormats.CenterRight);
        }
        var step = width / (points.Count - 1);
        var positions = points.Select((p, i) => new XPoint(left + i * step, top + Height * (1 - p.Score!.Value / 100))).ToArray();
        gfx.DrawLines(new XPen(Theme.Accent, 1.6), positions);
        for (var i = 0; i < points.Count; i++)
        {
            var at = positions[i];
            var current = i == points.Count - 1;
            gfx.DrawEllipse(new XSolidBrush(current ? Theme.OutcomeColor(Sdk.Results.Outcome.Fail) : Theme.Accent), at.X - 2.8, at.Y - 2.8, 5.6, 5.6);
            gfx.DrawText(ReportTime.Score(points[i].Score), Theme.Tiny, new XSolidBrush(Theme.Ink),
                new XRect(at.X - 30, at.Y - 14, 60, 8), XStringFormats.Center);
            gfx.DrawText(ReportTime.LocalDate(points[i].At, model.Zone), Theme.Tiny, muted,
                new XRect(at.X - 30, top + Height + 4, 60, 8), XStringFormats.Center);
        }
        flow.Y = top + Height + 24;
    }
}
