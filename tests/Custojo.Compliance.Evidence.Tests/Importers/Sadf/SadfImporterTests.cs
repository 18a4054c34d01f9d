using Snapshooter.Xunit;
using static Custojo.Compliance.Evidence.Tests.Importers.ImporterHarness;

namespace Custojo.Compliance.Evidence.Tests.Importers.Sadf;

public sealed class SadfImporterTests
{
    [Fact]
    public void Cpu_memory_and_file_system_statistics_give_one_sample_per_timestamp()
    {
        var records = ImportSample("sadf", "resources-local/sadf-cpu-mem-fs.json");

        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.Equal("/", (string?)r.Record["mount"]));
        Snapshot.Match(AsSnapshot(records));
    }

    [Fact]
    public void Output_with_disk_io_but_no_file_system_usage_is_refused_naming_the_flags_to_collect_with()
    {
        var error = Assert.Throws<Evidence.Importers.ToolFormatException>(() => ImportSample("sadf", "resources/sadf-cpu-mem-disk-net.json"));

        Assert.Equal("$.sysstat.hosts[0].statistics[0].filesystems", error.Location);
        Assert.Contains("-F MOUNT", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Local_timestamps_are_read_in_the_context_zone()
    {
        var text = File.ReadAllText(SampleFiles.Copy("resources-local/sadf-cpu-mem-fs.json")).Replace("\"utc\": 1", "\"utc\": 0", StringComparison.Ordinal);

        var records = ImportText("sadf", text, Context(zone: "Europe/Berlin"));

        Assert.EndsWith("+01:00", (string?)records[0].Record["sampledAt"], StringComparison.Ordinal);
    }

    [Fact]
    public void Fullest_file_system_is_the_disk_figure()
    {
        const string json = """
            {"sysstat": {"hosts": [{"nodename": "db-01", "statistics": [{"timestamp": {"date": "2026-11-24", "time": "21:58:00", "utc": 1, "interval": 60},
              "cpu-load": [{"cpu": "all", "idle": 75.5}], "memory": {"memused-percent": 41.2},
              "filesystems": [{"mountpoint": "/", "%fsused": 40.1}, {"mountpoint": "/var/lib/postgresql", "%fsused": 88.7}]}]}]}}
            """;

        var record = Assert.Single(ImportText("sadf", json)).Record;

        Assert.Equal(88.7, (double?)record["diskPercent"]);
        Assert.Equal("/var/lib/postgresql", (string?)record["mount"]);
        Assert.Equal(24.5, (double?)record["cpuPercent"]);
    }
}
