using Snapshooter.Xunit;
using static Custojo.Compliance.Evidence.Tests.Importers.ImporterHarness;

namespace Custojo.Compliance.Evidence.Tests.Importers.Borg;

public sealed class BorgImporterTests
{
    [Fact]
    public void Create_output_becomes_one_successful_run_with_its_paths_and_size()
    {
        var records = ImportSample("borg", "borg/03-create-2.json", Context(host: "vm"));

        Snapshot.Match(AsSnapshot(records));
    }

    [Fact]
    public void List_output_gives_one_run_per_archive_with_times_read_in_the_context_zone()
    {
        var context = Context(zone: "UTC", host: "vm");

        var records = ImportSample("borg", "borg/05-list.json", context);

        Assert.Equal(3, records.Count);
        Assert.Contains("borg: local times without an offset read in zone UTC (--timezone)", context.Assumptions);
        Snapshot.Match(AsSnapshot(records));
    }

    [Fact]
    public void Info_output_names_its_host_and_command_line()
    {
        var records = ImportSample("borg", "borg/06-info-last-archive.json");

        var record = Assert.Single(records).Record;
        Assert.Equal("vm", (string?)record["host"]);
        Assert.Equal("/tmp/evidence-data/app", (string?)record["target"]);
        Snapshot.Match(AsSnapshot(records));
    }

    [Fact]
    public void Repository_info_without_archives_gives_no_records_and_says_why()
    {
        var context = Context();

        var records = ImportSample("borg", "borg/06-info-repo.json", context);

        Assert.Empty(records);
        Assert.Contains(context.Assumptions, a => a.StartsWith("borg: the borg info of a repository lists no archives", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_with_a_log_json_warning_and_exit_1_is_partial()
    {
        var create = File.ReadAllText(SampleFiles.Copy("borg/03-create-2.json"));
        var output = "{\"type\": \"log_message\", \"time\": 1795553885.1, \"message\": \"/srv/data/locked: open: [Errno 13] Permission denied\", \"levelname\": \"WARNING\", \"name\": \"borg.archiver\"}\n" + create + "rc=1\n";

        var record = Assert.Single(ImportText("borg", output, Context(host: "vm"))).Record;

        Assert.Equal("partial", (string?)record["outcome"]);
        Assert.Equal("/srv/data/locked: open: [Errno 13] Permission denied; exit code 1", (string?)record["error"]);
    }

    [Fact]
    public void Create_with_exit_2_is_failed()
    {
        var output = File.ReadAllText(SampleFiles.Copy("borg/03-create-2.json")) + "rc=2\n";

        var record = Assert.Single(ImportText("borg", output, Context(host: "vm"))).Record;

        Assert.Equal("failed", (string?)record["outcome"]);
    }

    [Fact]
    public void Checkpoint_archive_in_a_listing_is_partial()
    {
        const string list = """{"archives": [{"archive": "app.checkpoint", "barchive": "app.checkpoint", "id": "ab", "name": "app.checkpoint", "start": "2026-11-24T20:58:03.000000", "time": "2026-11-24T20:58:03.000000"}], "repository": {"location": "/srv/borg"}}""";

        var record = Assert.Single(ImportText("borg", list, Context(host: "vm"))).Record;

        Assert.Equal("partial", (string?)record["outcome"]);
    }

    [Fact]
    public void List_without_host_option_is_refused_naming_the_archive_and_the_option()
    {
        var error = Assert.Throws<Evidence.Importers.ToolFormatException>(() => ImportSample("borg", "borg/05-list.json"));

        Assert.Equal("$.archives[0]", error.Location);
        Assert.Contains("--host", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_json_is_refused_with_the_line_in_the_file()
    {
        var error = ImportTextFails("borg", "rc=0\n{\n    \"archives\": [\n        {\"name\": oops}\n    ]\n}\n", Context(host: "vm"));

        Assert.Equal("line 4", error.Location);
    }

    [Fact]
    public void An_archive_time_with_a_different_shape_is_refused_naming_its_path()
    {
        const string list = """{"archives": [{"archive": "a", "barchive": "a", "id": "ab", "name": "a", "start": "24.11.2026 20:58", "time": "x"}]}""";

        var error = ImportTextFails("borg", list, Context(host: "vm"));

        Assert.Equal("$.archives[0].start", error.Location);
        Assert.Equal("24.11.2026 20:58", error.Found);
    }
}
