using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Custojo.Compliance.Reporting.Pdf.Layout;

/// <summary>
/// Flows content down A4 pages: a cursor, automatic page breaks, wrapped paragraphs, headings that keep
/// with what follows, and tables that break across pages with their header row repeated. Running
/// headers and footers are drawn afterwards by <see cref="PageDecorations"/>, when the page count is known.
/// </summary>
internal sealed class PdfFlow : IDisposable
{
    private const double CellPadX = 3.5;
    private const double CellPadY = 2.6;
    private readonly PdfDocument _document;
    private XGraphics? _gfx;

    public PdfFlow(PdfDocument document)
    {
        _document = document;
        NewPage();
    }

    public PdfPage Page { get; private set; } = null!;
    public XGraphics Gfx => _gfx ?? throw new ObjectDisposedException(nameof(PdfFlow));
    public double Y { get; set; }
    public double Remaining => Theme.ContentBottom - Y;
    public bool AtPageTop => Y <= Theme.MarginTop + 0.01;

    public static double LineHeight(XFont font) => font.Size * 1.28;

    public void NewPage()
    {
        _gfx?.Dispose();
        Page = _document.AddPage();
        Page.Size = PageSize.A4;
        _gfx = XGraphics.FromPdfPage(Page);
        Y = Theme.MarginTop;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> still fits on this one.</summary>
    public void EnsureRoom(double height)
    {
        if (height > Remaining && !AtPageTop) NewPage();
    }

    public void Gap(double height) => Y = Math.Min(Y + height, Theme.ContentBottom);

    /// <summary>A chapter: new page, large heading, a bookmark in the outline.</summary>
    public void Chapter(string title)
    {
        if (!AtPageTop) NewPage();
        _document.Outlines.Add(title, Page, true);
        DrawLine(title, Theme.H1, Theme.Accent, Theme.MarginLeft);
        Y += 4;
        Gfx.DrawLine(new XPen(Theme.Accent, 1.2), Theme.MarginLeft, Y, Theme.MarginLeft + Theme.ContentWidth, Y);
        Y += 12;
    }

    /// <summary>A sub-heading kept with at least <paramref name="keepWith"/> points of what follows.</summary>
    public void Heading(string title, XFont font, double keepWith = 60)
    {
        var lines = TextWrapper.Wrap(Gfx, title, font, Theme.ContentWidth);
        EnsureRoom(lines.Count * LineHeight(font) + keepWith);
        if (!AtPageTop) Y += 6;
        foreach (var line in lines) DrawLine(line, font, Theme.Accent, Theme.MarginLeft);
        Y += 3;
    }

    public void Paragraph(string text, XFont? font = null, XColor? color = null, double indent = 0)
    {
        font ??= Theme.Body;
        foreach (var line in TextWrapper.Wrap(Gfx, text, font, Theme.ContentWidth - indent))
        {
            EnsureRoom(LineHeight(font));
            DrawLine(line, font, color ?? Theme.Ink, Theme.MarginLeft + indent);
        }
        Y += 4;
    }

    /// <summary>Label/value pairs in two columns, values wrapped.</summary>
    public void KeyValues(IEnumerable<(string Key, string Value)> pairs, double keyWidth = 130)
    {
        foreach (var (key, value) in pairs)
        {
            var lines = TextWrapper.Wrap(Gfx, value, Theme.Body, Theme.ContentWidth - keyWidth);
            EnsureRoom(LineHeight(Theme.Body) * Math.Min(lines.Count, 3));
            var top = Y;
            Gfx.DrawText(key, Theme.BodyBold, new XSolidBrush(Theme.Muted), Theme.MarginLeft, Y + Theme.Body.Size, XStringFormats.Default);
            foreach (var line in lines)
            {
                EnsureRoom(LineHeight(Theme.Body));
                DrawLine(line, Theme.Body, Theme.Ink, Theme.MarginLeft + keyWidth);
            }
            if (lines.Count == 0) Y = top + LineHeight(Theme.Body);
            Y += 1.5;
        }
        Y += 4;
    }

    public void Table(Table table, XFont? font = null)
    {
        font ??= Theme.Small;
        var widths = ColumnWidths(table);
        var header = table.Columns.Select((c, i) => TextWrapper.Wrap(Gfx, c.Title, Theme.SmallBold, widths[i] - 2 * CellPadX)).ToList();
        var headerHeight = header.Max(h => h.Count) * LineHeight(Theme.SmallBold) + 2 * CellPadY;
        var rowLine = LineHeight(font);
        var freshCapacity = Theme.ContentBottom - Theme.MarginTop - headerHeight;

        var firstRowHeight = table.Rows.Count == 0 ? 0 : Math.Min(RowLines(table.Rows[0], widths, font).Max(l => l.Count) * rowLine + 2 * CellPadY, freshCapacity);
        EnsureRoom(headerHeight + firstRowHeight);
        DrawHeader(header, widths, headerHeight);

        for (var r = 0; r < table.Rows.Count; r++)
        {
            var cells = RowLines(table.Rows[r], widths, font);
            var total = cells.Max(l => l.Count);
            var height = total * rowLine + 2 * CellPadY;
            if (height > Remaining && height <= freshCapacity) Break(header, widths, headerHeight);
            var done = 0;
            while (done < total)
            {
                var fit = (int)Math.Floor((Remaining - 2 * CellPadY) / rowLine);
                if (fit < 1)
                {
                    Break(header, widths, headerHeight);
                    continue;
                }
                var take = Math.Min(fit, total - done);
                DrawRowSlice(table.Rows[r], cells, widths, font, done, take, r % 2 == 1);
                done += take;
            }
        }
        Y += 8;
    }

    public void Dispose()
    {
        _gfx?.Dispose();
        _gfx = null;
    }

    private void Break(List<IReadOnlyList<string>> header, double[] widths, double headerHeight)
    {
        NewPage();
        DrawHeader(header, widths, headerHeight);
    }

    private void DrawLine(string text, XFont font, XColor color, double x)
    {
        Gfx.DrawText(text, font, new XSolidBrush(color), x, Y + font.Size, XStringFormats.Default);
        Y += LineHeight(font);
    }

    private void DrawHeader(List<IReadOnlyList<string>> header, double[] widths, double height)
    {
        Gfx.DrawRectangle(new XSolidBrush(Theme.HeaderFill), Theme.MarginLeft, Y, Theme.ContentWidth, height);
        var x = Theme.MarginLeft;
        for (var c = 0; c < header.Count; c++)
        {
            var y = Y + CellPadY;
            foreach (var line in header[c])
            {
                Gfx.DrawText(line, Theme.SmallBold, new XSolidBrush(Theme.Ink), x + CellPadX, y + Theme.SmallBold.Size, XStringFormats.Default);
                y += LineHeight(Theme.SmallBold);
            }
            x += widths[c];
        }
        Y += height;
    }

    private void DrawRowSlice(TableCell[] row, List<IReadOnlyList<string>> cells, double[] widths, XFont font, int from, int count, bool zebra)
    {
        var rowLine = LineHeight(font);
        var height = count * rowLine + 2 * CellPadY;
        if (zebra) Gfx.DrawRectangle(new XSolidBrush(Theme.ZebraFill), Theme.MarginLeft, Y, Theme.ContentWidth, height);
        var x = Theme.MarginLeft;
        for (var c = 0; c < row.Length; c++)
        {
            var cellFont = row[c].Font ?? font;
            var brush = new XSolidBrush(row[c].Color ?? Theme.Ink);
            var y = Y + CellPadY;
            foreach (var line in cells[c].Skip(from).Take(count))
            {
                Gfx.DrawText(line, cellFont, brush, x + CellPadX, y + cellFont.Size, XStringFormats.Default);
                y += rowLine;
            }
            x += widths[c];
        }
        Y += height;
        Gfx.DrawLine(new XPen(Theme.Rule, 0.4), Theme.MarginLeft, Y, Theme.MarginLeft + Theme.ContentWidth, Y);
    }

    private List<IReadOnlyList<string>> RowLines(TableCell[] row, double[] widths, XFont font) =>
        [.. row.Select((cell, c) => TextWrapper.Wrap(Gfx, cell.Text, cell.Font ?? font, widths[c] - 2 * CellPadX))];

    private static double[] ColumnWidths(Table table)
    {
        var total = table.Columns.Sum(c => c.Share);
        return [.. table.Columns.Select(c => Theme.ContentWidth * c.Share / total)];
    }
}
