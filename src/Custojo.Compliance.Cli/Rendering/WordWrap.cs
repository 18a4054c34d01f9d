using System.Text;
using Spectre.Console.Rendering;

namespace Custojo.Compliance.Cli.Rendering;

/// <summary>Breaks text into lines of at most a number of terminal cells, at spaces where it can and inside a word where it must.</summary>
internal static class WordWrap
{
    public static List<string> Lines(string text, int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = paragraph.TrimEnd('\r', ' ');
            if (CellWidth(line) <= width) lines.Add(line);
            else Wrap(line, width, lines);
        }
        return lines;
    }

    /// <summary>Terminal cells the text takes: its length for plain ASCII, else as Spectre.Console measures it (wide and combining characters).</summary>
    public static int CellWidth(string text)
    {
        foreach (var c in text)
        {
            if (c is < ' ' or > '~') return new Segment(text).CellCount();
        }
        return text.Length;
    }

    private static void Wrap(string line, int width, List<string> lines)
    {
        var current = new StringBuilder();
        var currentWidth = 0;
        var position = 0;
        while (position < line.Length)
        {
            var spacesStart = position;
            while (position < line.Length && line[position] == ' ') position++;
            var wordStart = position;
            while (position < line.Length && line[position] != ' ') position++;
            var word = line[wordStart..position];
            var wordWidth = CellWidth(word);
            if (currentWidth > 0 && currentWidth + (wordStart - spacesStart) + wordWidth > width)
            {
                lines.Add(current.ToString());
                current.Clear();
                currentWidth = 0;
            }
            // Spaces between words stay on their line; an indent opening the text is kept; at a break they go.
            if (currentWidth > 0 || spacesStart == 0)
            {
                current.Append(' ', wordStart - spacesStart);
                currentWidth += wordStart - spacesStart;
            }
            foreach (var rune in word.EnumerateRunes())
            {
                var cell = rune.Value is >= ' ' and <= '~' ? 1 : CellWidth(rune.ToString());
                if (currentWidth > 0 && currentWidth + cell > width)
                {
                    lines.Add(current.ToString());
                    current.Clear();
                    currentWidth = 0;
                }
                current.Append(rune.ToString());
                currentWidth += cell;
            }
        }
        if (current.Length > 0) lines.Add(current.ToString());
    }
}
