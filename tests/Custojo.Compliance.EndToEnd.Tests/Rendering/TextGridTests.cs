using Custojo.Compliance.Cli.Rendering;
using Spectre.Console;

namespace Custojo.Compliance.EndToEnd.Tests.Rendering;

public sealed class TextGridTests
{
    private static readonly string Long = string.Join(' ', Enumerable.Repeat("gap over the limit", 12));

    [Fact]
    public void Every_line_has_the_table_s_width_and_the_last_column_wraps_at_its_width()
    {
        var lines = Render(Grid(), consoleWidth: 240, unicode: true);

        Assert.Equal("╭───────────┬──────┬" + new string('─', 32) + "╮", lines[0]);
        Assert.All(lines, line => Assert.Equal(9 + 4 + 30 + (3 * 3) + 1, line.Length));
        Assert.Equal(3 + 1 + WordWrap.Lines("  • " + Long, 30).Count + 1 + 1, lines.Length);
        Assert.Contains(lines, line => line.StartsWith("│ BKP-DB-03 │ fail │ Transaction-log backups", StringComparison.Ordinal));
        Assert.Equal("╰", lines[^1][..1]);
    }

    [Fact]
    public void A_narrow_console_narrows_the_last_column_and_plain_consoles_get_ascii_borders()
    {
        var lines = Render(Grid(), consoleWidth: 45, unicode: false);

        Assert.All(lines, line => Assert.Equal(45, line.Length));
        Assert.StartsWith("+-----------+------+", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, line => line.StartsWith("| Control   | Out  | Result", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains('│', StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_of_a_cell_count_other_than_the_headers_is_refused()
    {
        var grid = new TextGrid(["A", "B"], 10);

        Assert.Throws<ArgumentException>(() => grid.AddRow([new TextGridText("only one", Style.Plain)]));
    }

    private static TextGrid Grid()
    {
        var grid = new TextGrid(["Control", "Out", "Result"], 30);
        grid.AddRow([new("BKP-DB-03", Style.Plain)], [new("fail", new Style(Color.Red))], [new("Transaction-log backups", Style.Plain), new("  • " + Long, new Style(Color.Grey))]);
        grid.AddRow([new("BKP-DB-01", Style.Plain)], [new("pass", new Style(Color.Green))], [new("Full backup", Style.Plain)]);
        return grid;
    }

    private static string[] Render(TextGrid grid, int consoleWidth, bool unicode)
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        console.Profile.Width = consoleWidth;
        console.Profile.Capabilities.Unicode = unicode;
        console.Write(grid);
        return writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
    }
}
