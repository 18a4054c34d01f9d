using System.Xml.Linq;
using Custojo.Compliance.Reporting.Tests.Fixtures;

namespace Custojo.Compliance.Reporting.Tests.Formats;

public sealed class JUnitWriterTests
{
    private static XDocument Junit() => XDocument.Parse(Render.Text(ReportFormat.JUnit, SampleRuns.Input()));

    [Fact]
    public void Every_control_is_a_testcase_in_its_section_suite()
    {
        var doc = Junit();

        Assert.Equal(7, doc.Descendants("testcase").Count());
        Assert.Equal(4, doc.Descendants("testsuite").Count());
        Assert.Equal("7", doc.Root!.Attribute("tests")!.Value);
    }

    [Fact]
    public void Fail_and_no_evidence_fail_error_errors_and_waived_or_not_applicable_skip()
    {
        var cases = Junit().Descendants("testcase").ToDictionary(c => c.Attribute("name")!.Value.Split(':')[0]);

        Assert.Empty(cases["BKP-DB-01"].Elements());
        Assert.Equal("fail", cases["BKP-DB-03"].Element("failure")!.Attribute("type")!.Value);
        Assert.Equal("no-evidence", cases["BKP-MV-01"].Element("failure")!.Attribute("type")!.Value);
        Assert.NotNull(cases["LOG-MON-01"].Element("error"));
        Assert.StartsWith("waived:", cases["UPD-DEP-01"].Element("skipped")!.Attribute("message")!.Value, StringComparison.Ordinal);
        Assert.StartsWith("not-applicable:", cases["UPD-DEP-02"].Element("skipped")!.Attribute("message")!.Value, StringComparison.Ordinal);
        Assert.Equal("2", Junit().Root!.Attribute("failures")!.Value);
    }

    [Fact]
    public void Failure_text_lists_findings_in_the_installation_time_zone()
    {
        var failure = Junit().Descendants("failure").First(f => f.Attribute("type")!.Value == "fail").Value;

        // 01:00Z on 10 August is 03:00 in Berlin (CEST, +02:00)
        Assert.Contains("2026-08-10 03:00 +02:00 to 2026-08-10 06:30 +02:00 (3 h 30 min)", failure, StringComparison.Ordinal);
    }
}
