using System.Text.Json;
using Custojo.Compliance.Reporting.Tests.Fixtures;

namespace Custojo.Compliance.Reporting.Tests.Formats;

public sealed class SarifWriterTests
{
    [Fact]
    public void Sarif_is_version_2_1_0_with_a_rule_and_a_result_per_control()
    {
        using var doc = JsonDocument.Parse(Render.Bytes(ReportFormat.Sarif, SampleRuns.Input()));
        var run = doc.RootElement.GetProperty("runs")[0];

        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        Assert.Equal(7, run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
        Assert.Equal(7, run.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void Results_are_located_at_the_policy_file_relative_to_the_pack_root()
    {
        using var doc = JsonDocument.Parse(Render.Bytes(ReportFormat.Sarif, SampleRuns.Input()));
        var result = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == "BKP-DB-03");
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");

        Assert.Equal("backup/database-backups.csx", location.GetProperty("uri").GetString());
        Assert.Equal("PACKROOT", location.GetProperty("uriBaseId").GetString());
        Assert.Equal("fail", result.GetProperty("kind").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
    }

    [Fact]
    public void Waived_results_carry_an_accepted_suppression()
    {
        using var doc = JsonDocument.Parse(Render.Bytes(ReportFormat.Sarif, SampleRuns.Input()));
        var waived = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == "UPD-DEP-01");

        Assert.Equal("accepted", waived.GetProperty("suppressions")[0].GetProperty("status").GetString());
    }
}
