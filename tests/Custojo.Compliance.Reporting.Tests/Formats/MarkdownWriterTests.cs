using Custojo.Compliance.Reporting.Tests.Fixtures;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Reporting.Tests.Formats;

public sealed class MarkdownWriterTests
{
    [Fact]
    public void Markdown_has_summary_sections_details_and_traceability()
    {
        var md = Render.Text(ReportFormat.Markdown, SampleRuns.Input());

        Assert.StartsWith("# Compliance report — Custojo Demo GmbH", md, StringComparison.Ordinal);
        Assert.Contains("| Score | 33.3 % |", md, StringComparison.Ordinal);
        Assert.Contains("### Backup Management › Backup Strategy › Database Backups", md, StringComparison.Ordinal);
        Assert.Contains("### BKP-DB-03 — Transaction log backup every 30 minutes", md, StringComparison.Ordinal);
        Assert.Contains("| BKP-DB-03 | Transaction log backups every 30 minutes | BKP-DB-03 | fail |", md, StringComparison.Ordinal);
        Assert.DoesNotContain("### BKP-DB-01 —", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Pipes_and_line_breaks_in_messages_do_not_break_tables()
    {
        var run = SampleRuns.Run("r", [SampleRuns.Control("A-1", "a | b", "low", "S", ["R"], Outcome.Fail, "line one\nline | two")]);

        var md = Render.Text(ReportFormat.Markdown, new ReportInput { Run = run });

        Assert.Contains("| A-1 | a \\| b | low | fail |", md, StringComparison.Ordinal);
        Assert.Contains("line one line \\| two", md, StringComparison.Ordinal);
    }
}
