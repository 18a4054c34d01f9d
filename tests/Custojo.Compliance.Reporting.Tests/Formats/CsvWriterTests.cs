using Custojo.Compliance.Reporting.Formats;
using Custojo.Compliance.Reporting.Tests.Fixtures;

namespace Custojo.Compliance.Reporting.Tests.Formats;

public sealed class CsvWriterTests
{
    [Fact]
    public void Csv_has_a_header_and_a_crlf_terminated_row_per_control()
    {
        var csv = Render.Text(ReportFormat.Csv, SampleRuns.Input());
        var rows = csv.Split("\r\n");

        Assert.StartsWith("control_id,title,severity,section,outcome,message,", rows[0], StringComparison.Ordinal);
        Assert.Equal(9, rows.Length); // header + 7 controls + empty after the last CRLF
        Assert.Equal("", rows[^1]);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("@sum", "'@sum")]
    public void Fields_are_quoted_per_rfc_4180_and_formulas_are_neutralised(string value, string expected)
    {
        Assert.Equal(expected, CsvWriter.Field(value));
    }
}
