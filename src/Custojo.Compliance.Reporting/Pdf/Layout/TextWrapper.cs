using PdfSharp.Drawing;

namespace Custojo.Compliance.Reporting.Pdf.Layout;

/// <summary>Breaks text into lines that fit a width: at spaces, at explicit line breaks, and inside words too long for a line (hashes).</summary>
internal static class TextWrapper
{
    public static IReadOnlyList<string> Wrap(XGraphics gfx, string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            WrapParagraph(gfx, paragraph.TrimEnd(), font, width, lines);
        return lines;
    }

    private static void WrapParagraph(XGraphics gfx, string paragraph, XFont font, double width, List<string> lines)
    {
        if (Fits(gfx, paragraph, font, width))
        {
            lines.Add(paragraph);
            return;
        }
        var line = "";
        foreach (var word in paragraph.Split(' '))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (Fits(gfx, candidate, font, width))
            {
                line = candidate;
                continue;
            }
            if (line.Length > 0) lines.Add(line);
            line = word;
            while (!Fits(gfx, line, font, width) && line.Length > 1)
            {
                var cut = LongestPrefix(gfx, line, font, width);
                lines.Add(line[..cut]);
                line = line[cut..];
            }
        }
        lines.Add(line);
    }

    private static bool Fits(XGraphics gfx, string text, XFont font, double width) =>
        text.Length == 0 || gfx.MeasureString(text, font).Width <= width;

    private static int LongestPrefix(XGraphics gfx, string word, XFont font, double width)
    {
        int low = 1, high = word.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (Fits(gfx, word[..mid], font, width)) low = mid;
            else high = mid - 1;
        }
        return low;
    }
}
