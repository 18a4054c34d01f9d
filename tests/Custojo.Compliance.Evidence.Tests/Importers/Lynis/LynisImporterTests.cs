using Snapshooter.Xunit;
using static Custojo.Compliance.Evidence.Tests.Importers.ImporterHarness;

namespace Custojo.Compliance.Evidence.Tests.Importers.Lynis;

public sealed class LynisImporterTests
{
    [Fact]
    public void Report_becomes_one_completed_audit_with_index_counts_and_findings()
    {
        var records = ImportSample("lynis", "lynis/lynis-report.dat");

        var record = Assert.Single(records).Record;
        Assert.Equal(57, (long?)record["hardeningIndex"]);
        Assert.Equal(1, (long?)record["warnings"]);
        Assert.Equal(55, (long?)record["suggestions"]);
        Assert.Equal(243, (long?)record["testsPerformed"]);
        Assert.Equal("PKGS-7392 (warning): Found one or more vulnerable packages.", (string?)record["findings"]![0]);
        Snapshot.Match(AsSnapshot(records));
    }

    [Fact]
    public void Report_time_is_local_and_read_in_the_context_zone()
    {
        var record = Assert.Single(ImportSample("lynis", "lynis/lynis-report.dat", Context(zone: "America/New_York"))).Record;

        Assert.Equal("2026-11-24T21:02:58-05:00", (string?)record["auditedAt"]);
    }

    [Fact]
    public void Report_without_finish_line_is_a_failed_audit()
    {
        var text = string.Join('\n', File.ReadAllLines(SampleFiles.Copy("lynis/lynis-report.dat")).Where(l => l != "finish=true"));

        var record = Assert.Single(ImportText("lynis", text)).Record;

        Assert.Equal("failed", (string?)record["outcome"]);
    }

    [Fact]
    public void Line_without_key_and_value_is_refused_naming_it()
    {
        var error = ImportTextFails("lynis", "# Lynis Report\nreport_version_major=1\nthis line has no equals sign\n");

        Assert.Equal("line 3", error.Location);
        Assert.Contains("key=value", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void File_without_lynis_header_is_refused()
    {
        var error = ImportTextFails("lynis", "hardening_index=57\n");

        Assert.Equal("line 1", error.Location);
        Assert.Contains("# Lynis Report", error.Expected, StringComparison.Ordinal);
    }
}
