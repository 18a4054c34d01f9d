using Snapshooter.Xunit;
using static Custojo.Compliance.Evidence.Tests.Importers.ImporterHarness;

namespace Custojo.Compliance.Evidence.Tests.Importers.PgBackRest;

public sealed class PgBackRestImporterTests
{
    private static readonly DateTimeOffset InfoRanAt = new(2026, 11, 24, 20, 58, 50, TimeSpan.Zero);

    [Fact]
    public void Info_gives_full_incremental_and_differential_database_runs_and_the_stanza_status()
    {
        var records = ImportSample("pgbackrest", "pgbackrest/07-info.json", Context(host: "vm", observedAt: InfoRanAt));

        Assert.Equal(["full", "incremental", "differential"], records.Take(3).Select(r => (string?)r.Record["type"]));
        Snapshot.Match(AsSnapshot(records));
    }

    [Fact]
    public void Missing_stanza_reported_with_exit_0_is_a_down_health_check_read_from_status_code()
    {
        const string info = """[{"archive":[],"backup":[],"cipher":"none","db":[],"name":"main","repo":[{"cipher":"none","key":1,"status":{"code":1,"message":"missing stanza path"}}],"status":{"code":1,"lock":{"backup":{"held":false}},"message":"missing stanza path"}}]""";

        var record = Assert.Single(ImportText("pgbackrest", info, Context(host: "db-01", observedAt: InfoRanAt))).Record;

        Assert.Equal("health-check", (string?)record["kind"]);
        Assert.Equal("down", (string?)record["status"]);
        Assert.Equal("status code 1: missing stanza path", (string?)record["details"]);
    }

    [Fact]
    public void Backup_flagged_with_error_is_failed()
    {
        var info = File.ReadAllText(SampleFiles.Copy("pgbackrest/07-info.json")).Replace("\"error\":false,\"info\":{\"delta\":4686090", "\"error\":true,\"info\":{\"delta\":4686090", StringComparison.Ordinal);

        var records = ImportText("pgbackrest", info, Context(host: "vm", observedAt: InfoRanAt));

        Assert.Equal(["success", "failed", "success"], records.Take(3).Select(r => (string?)r.Record["outcome"]));
    }

    [Fact]
    public void Without_host_option_the_import_is_refused_because_pgbackrest_info_names_no_host()
    {
        var error = Assert.Throws<Evidence.Importers.ToolFormatException>(() => ImportSample("pgbackrest", "pgbackrest/07-info.json"));

        Assert.Equal("$[0]", error.Location);
        Assert.Contains("--host", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_backup_type_is_refused_naming_its_path_and_the_types_expected()
    {
        var info = File.ReadAllText(SampleFiles.Copy("pgbackrest/07-info.json")).Replace("\"type\":\"diff\"", "\"type\":\"weekly\"", StringComparison.Ordinal);

        var error = ImportTextFails("pgbackrest", info, Context(host: "vm"));

        Assert.Equal("$[0].backup[2].type", error.Location);
        Assert.Equal("full, incr or diff", error.Expected);
    }
}
