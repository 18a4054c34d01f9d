using Custojo.Compliance.Cli.Rendering;

namespace Custojo.Compliance.EndToEnd.Tests.Rendering;

public sealed class WordWrapTests
{
    [Fact]
    public void Text_is_broken_at_spaces_into_lines_no_wider_than_the_width()
    {
        const string text = "No successful transaction-log backup for custojo for 47m (limit 32m) from 2026-11-04 03:05 +01:00 to 2026-11-04 03:52 +01:00.";

        var lines = WordWrap.Lines(text, 40);

        Assert.Equal(["No successful transaction-log backup for", "custojo for 47m (limit 32m) from", "2026-11-04 03:05 +01:00 to 2026-11-04", "03:52 +01:00."], lines);
        Assert.Equal(text, string.Join(' ', lines));
    }

    [Fact]
    public void An_indent_opening_the_text_is_kept_and_lines_broken_later_start_at_the_margin()
    {
        var lines = WordWrap.Lines("  • host db1 has no sample for two hours", 16);

        Assert.Equal(["  • host db1 has", "no sample for", "two hours"], lines);
    }

    [Fact]
    public void A_word_longer_than_the_width_is_cut_and_line_breaks_in_the_text_are_kept()
    {
        var lines = WordWrap.Lines("id 0123456789abcdef0123456789abcdef\nnext", 12);

        Assert.Equal(["id", "0123456789ab", "cdef01234567", "89abcdef", "next"], lines);
        Assert.All(lines, line => Assert.True(line.Length <= 12));
    }

    [Fact]
    public void Wide_characters_take_two_cells()
    {
        var lines = WordWrap.Lines("備份 完成 了 備份 完成", 9);

        Assert.Equal(2, WordWrap.CellWidth("備"));
        Assert.Equal(["備份 完成", "了 備份", "完成"], lines);
        Assert.All(lines, line => Assert.True(WordWrap.CellWidth(line) <= 9));
    }
}
