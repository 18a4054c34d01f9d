using Snapshooter.Xunit;
using static Custojo.Compliance.Evidence.Tests.Importers.ImporterHarness;

namespace Custojo.Compliance.Evidence.Tests.Importers.OpenScap;

public sealed class OpenScapImporterTests
{
    [Fact]
    public void Results_become_one_scan_with_score_counts_and_the_failed_rule()
    {
        var records = ImportSample("oscap", "openscap/standard-results-testresult-only.xml");

        var record = Assert.Single(records).Record;
        Assert.Equal(17, (long?)record["passed"]);
        Assert.Equal(1, (long?)record["failed"]);
        Assert.Equal(75.0, (double?)record["score"]);
        Assert.Equal("failed", (string?)record["outcome"]);
        Snapshot.Match(AsSnapshot(records));
    }

    [Fact]
    public void The_full_original_results_file_gives_the_same_record_as_the_trimmed_copy()
    {
        if (SampleFiles.SharedFolder is not { } shared) return;

        var original = ImportFile("oscap", Path.Combine(shared, "openscap", "patched-standard-results.xml"));
        var copy = ImportSample("oscap", "openscap/standard-results-testresult-only.xml");

        Assert.Equal(copy.Select(r => r.Record.ToJsonString()), original.Select(r => r.Record.ToJsonString()));
    }

    [Fact]
    public void Rule_in_error_makes_the_scan_outcome_error_and_failed_rules_count_by_severity()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Benchmark xmlns="http://checklists.nist.gov/xccdf/1.2" id="b">
              <TestResult id="t" start-time="2026-11-24T21:03:29+00:00" end-time="2026-11-24T21:03:30+00:00">
                <profile idref="p"/>
                <target>web-01</target>
                <rule-result idref="r1" severity="high"><result>fail</result></rule-result>
                <rule-result idref="r2" severity="low"><result>fail</result></rule-result>
                <rule-result idref="r3" severity="medium"><result>error</result></rule-result>
                <rule-result idref="r4" severity="medium"><result>pass</result></rule-result>
                <score system="urn:xccdf:scoring:default" maximum="100">50</score>
              </TestResult>
            </Benchmark>
            """;

        var record = Assert.Single(ImportText("oscap", xml)).Record;

        Assert.Equal("error", (string?)record["outcome"]);
        Assert.Equal(1, (long?)record["high"]);
        Assert.Equal(1, (long?)record["low"]);
        Assert.Equal(0, (long?)record["medium"]);
    }

    [Fact]
    public void Benchmark_without_test_result_is_refused_saying_a_results_file_is_needed()
    {
        var error = ImportTextFails("oscap", """<Benchmark xmlns="http://checklists.nist.gov/xccdf/1.2" id="b"><title>x</title></Benchmark>""");

        Assert.Contains("TestResult", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_xml_is_refused_naming_the_line()
    {
        var error = ImportTextFails("oscap", "<Benchmark xmlns=\"http://checklists.nist.gov/xccdf/1.2\">\n<TestResult>\n</Benchmark>\n");

        Assert.Equal("line 3", error.Location);
    }

    [Fact]
    public void Xml_with_a_dtd_is_refused()
    {
        var error = ImportTextFails("oscap", "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<Benchmark xmlns=\"http://checklists.nist.gov/xccdf/1.2\">&e;</Benchmark>\n");

        Assert.Contains("DTD is prohibited", error.Found, StringComparison.Ordinal);
    }
}
