using Spectre.Console;
using Spectre.Console.Rendering;

namespace Custojo.Compliance.Cli.Rendering;

/// <summary>
/// A bordered table whose columns fit their content and whose last column wraps its text at a fixed width: the
/// check results table. It hands Spectre.Console finished lines, where Spectre's <see cref="Table"/> measured and
/// re-split every cell's text several times (0.15-0.2 s for the 75 controls of the pack, most of a check's tail).
/// </summary>
internal sealed class TextGrid(IReadOnlyList<string> headers, int lastColumnWidth) : Renderable
{
    private const int MinimumLastColumn = 20;
    private readonly List<IReadOnlyList<TextGridText>[]> _rows = [];

    /// <summary>Adds a row: one list of paragraphs per column, each paragraph with its style.</summary>
    public void AddRow(params IReadOnlyList<TextGridText>[] cells)
    {
        if (cells.Length != headers.Count) throw new ArgumentException($"A row has {headers.Count} cells, not {cells.Length}.", nameof(cells));
        _rows.Add(cells);
    }

    protected override Measurement Measure(RenderOptions options, int maxWidth)
    {
        var width = Widths(maxWidth).Sum() + (3 * headers.Count) + 1;
        return new Measurement(width, width);
    }

    protected override IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
    {
        var widths = Widths(maxWidth);
        var box = options.Unicode ? Box.Rounded : Box.Ascii;
        var segments = new List<Segment> { Rule(box.TopLeft, box.TopJoin, box.TopRight, widths, box.Horizontal), Segment.LineBreak };
        AddLines(segments, [.. headers.Select((header, column) => Wrapped([new TextGridText(header, Style.Plain)], widths[column]))], widths, box.Vertical);
        segments.Add(Rule(box.MiddleLeft, box.Cross, box.MiddleRight, widths, box.Horizontal));
        segments.Add(Segment.LineBreak);
        foreach (var row in _rows)
            AddLines(segments, [.. row.Select((cell, column) => Wrapped(cell, widths[column]))], widths, box.Vertical);
        segments.Add(Rule(box.BottomLeft, box.BottomJoin, box.BottomRight, widths, box.Horizontal));
        segments.Add(Segment.LineBreak);
        return segments;
    }

    private int[] Widths(int maxWidth)
    {
        var widths = new int[headers.Count];
        for (var column = 0; column < widths.Length - 1; column++)
        {
            widths[column] = Math.Max(WordWrap.CellWidth(headers[column]),
                _rows.Select(row => row[column].Select(p => p.Text.Split('\n').Max(WordWrap.CellWidth)).DefaultIfEmpty(0).Max()).DefaultIfEmpty(0).Max());
        }
        var room = maxWidth - widths[..^1].Sum() - (3 * widths.Length) - 1;
        widths[^1] = Math.Max(MinimumLastColumn, Math.Min(lastColumnWidth, room));
        return widths;
    }

    private static List<(string Text, Style Style)> Wrapped(IReadOnlyList<TextGridText> cell, int width) =>
        [.. cell.SelectMany(paragraph => WordWrap.Lines(paragraph.Text, width).Select(line => (line, paragraph.Style)))];

    private static void AddLines(List<Segment> segments, List<(string Text, Style Style)>[] cells, int[] widths, string vertical)
    {
        var height = cells.Max(c => c.Count);
        for (var line = 0; line < height; line++)
        {
            for (var column = 0; column < cells.Length; column++)
            {
                segments.Add(new Segment(vertical + " "));
                var (text, style) = line < cells[column].Count ? cells[column][line] : ("", Style.Plain);
                if (text.Length > 0) segments.Add(new Segment(text, style));
                segments.Add(new Segment(new string(' ', Math.Max(0, widths[column] - WordWrap.CellWidth(text)) + 1)));
            }
            segments.Add(new Segment(vertical));
            segments.Add(Segment.LineBreak);
        }
    }

    private static Segment Rule(string left, string join, string right, int[] widths, string horizontal) =>
        new(left + string.Join(join, widths.Select(w => string.Concat(Enumerable.Repeat(horizontal, w + 2)))) + right);

    private sealed record Box(string TopLeft, string TopJoin, string TopRight, string MiddleLeft, string Cross, string MiddleRight,
        string BottomLeft, string BottomJoin, string BottomRight, string Horizontal, string Vertical)
    {
        public static Box Rounded { get; } = new("╭", "┬", "╮", "├", "┼", "┤", "╰", "┴", "╯", "─", "│");

        public static Box Ascii { get; } = new("+", "+", "+", "+", "+", "+", "+", "+", "+", "-", "|");
    }
}
