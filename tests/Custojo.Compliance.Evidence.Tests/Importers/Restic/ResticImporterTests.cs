using Snapshooter.Xunit;
using static Custojo.Compliance.Evidence.Tests.Importers.ImporterHarness;

namespace Custojo.Compliance.Evidence.Tests.Importers.Restic;

public sealed class ResticImporterTests
{
    [Fact]
    public void Snapshots_become_file_system_backup_runs_incremental_when_they_have_a_parent()
    {
        var records = ImportSample("restic", "restic/05-snapshots.json");

        Snapshot.Match(AsSnapshot(records));
    }

    [Fact]
    public void Snapshots_keep_the_offset_of_their_creator()
    {
        var records = ImportSample("restic", "restic/13-snapshots-after-tz.json");

        Assert.Equal(5, records.Count);
        Assert.Equal("2026-11-24T15:57:48.2010712-05:00", (string?)records[3].Record["startedAt"]);
        Snapshot.Match(AsSnapshot(records));
    }

    [Fact]
    public void Backup_summary_without_time_takes_the_observed_at_option_and_the_host_option()
    {
        var observedAt = new DateTimeOffset(2026, 11, 24, 20, 57, 24, 463, TimeSpan.Zero);
        var records = ImportSample("restic", "restic/03-backup-2.ndjson", Context(host: "app-server-01", observedAt: observedAt));

        Snapshot.Match(AsSnapshot(records));
    }

    [Fact]
    public void Backup_summary_without_time_or_observed_at_takes_the_import_clock_and_says_so()
    {
        var context = Context(host: "app-server-01");

        var record = Assert.Single(ImportSample("restic", "restic/03-backup-2.ndjson", context));

        Assert.Equal("2026-11-25T06:00:00+00:00", (string?)record.Record["completedAt"]);
        Assert.Contains(context.Assumptions, a => a.Contains("took the import clock (2026-11-25T06:00:00Z)", StringComparison.Ordinal));
    }

    [Fact]
    public void Backup_output_without_host_option_is_refused_naming_the_option()
    {
        var error = Assert.Throws<Evidence.Importers.ToolFormatException>(() => ImportSample("restic", "restic/03-backup-2.ndjson"));

        Assert.Equal("lines 1-2", error.Location);
        Assert.Contains("--host", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Backup_with_unreadable_files_and_exit_code_3_is_partial_with_the_errors()
    {
        const string output = """
            {"message_type":"status","percent_done":0,"total_files":2,"total_bytes":10}
            {"message_type":"error","error":{"message":"open /srv/data/secret: permission denied"},"during":"archival","item":"/srv/data/secret"}
            {"message_type":"summary","files_new":1,"files_changed":0,"files_unmodified":0,"dirs_new":1,"dirs_changed":0,"dirs_unmodified":0,"data_blobs":1,"tree_blobs":1,"data_added":10,"total_files_processed":1,"total_bytes_processed":10,"total_duration":0.5,"backup_start":"2026-11-24T02:00:00.5+01:00","backup_end":"2026-11-24T02:00:01+01:00","snapshot_id":"1234abcd"}
            rc=3
            """;

        var record = Assert.Single(ImportText("restic", output, Context(host: "web-01"))).Record;

        Assert.Equal("partial", (string?)record["outcome"]);
        Assert.Equal("full", (string?)record["type"]);
        Assert.Equal("2026-11-24T02:00:00.5+01:00", (string?)record["startedAt"]);
        Assert.Equal("1 error: /srv/data/secret: during archival: open /srv/data/secret: permission denied; exit code 3", (string?)record["error"]);
    }

    [Fact]
    public void Backup_that_ends_in_a_fatal_error_without_summary_is_failed()
    {
        const string output = """
            Fatal: unable to open config file: stat /srv/restic-repo/config: no such file or directory
            rc=1
            """;

        var record = Assert.Single(ImportText("restic", output, Context(host: "web-01"))).Record;

        Assert.Equal("failed", (string?)record["outcome"]);
        Assert.Equal("Fatal: unable to open config file: stat /srv/restic-repo/config: no such file or directory; exit code 1", (string?)record["error"]);
    }

    [Fact]
    public void Backup_runs_appended_to_one_file_become_one_record_each()
    {
        const string summary = """{"message_type":"summary","files_new":1,"files_changed":0,"files_unmodified":0,"dirs_new":1,"dirs_changed":0,"dirs_unmodified":0,"data_blobs":1,"tree_blobs":1,"data_added":10,"total_files_processed":1,"total_bytes_processed":10,"total_duration":0.5,"backup_start":"2026-11-24T02:00:00Z","backup_end":"2026-11-24T02:00:01Z","snapshot_id":"1234abcd"}""";
        var output = $"{summary}\nrc=0\n{summary.Replace("02:00", "03:00", StringComparison.Ordinal)}\n";

        var records = ImportText("restic", output, Context(host: "web-01"));

        Assert.Equal(["lines 1-2", "line 3"], records.Select(r => r.Location));
        Assert.All(records, r => Assert.Equal("success", (string?)r.Record["outcome"]));
    }

    [Fact]
    public void Exit_hint_zero_without_summary_is_refused_because_success_cannot_be_shown()
    {
        var error = ImportTextFails("restic", "rc=0\n", Context(host: "web-01"));

        Assert.Equal("line 1", error.Location);
        Assert.Contains("a summary line", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Snapshot_without_paths_is_refused_naming_its_json_path()
    {
        var error = ImportTextFails("restic", """[{"time":"2026-11-24T20:57:23Z","tree":"t","paths":[],"hostname":"h","id":"abc"}]""");

        Assert.Equal("$[0].paths", error.Location);
    }

    [Fact]
    public void Snapshot_with_a_naive_time_is_refused()
    {
        var error = ImportTextFails("restic", """[{"time":"2026-11-24T20:57:23","tree":"t","paths":["/srv"],"hostname":"h","id":"abc"}]""");

        Assert.Equal("$[0].time", error.Location);
        Assert.Contains("offset", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_is_not_restic_output_is_refused_naming_the_line()
    {
        var error = ImportTextFails("restic", "{\"message_type\":\"status\"}\nhello world\n", Context(host: "h"));

        Assert.Equal("line 2", error.Location);
        Assert.Equal("hello world", error.Found);
    }

    [Fact]
    public void Restic_017_snapshot_summary_gives_completion_and_size()
    {
        const string snapshots = """[{"time":"2026-11-24T20:57:23.1Z","tree":"t","paths":["/srv/app"],"hostname":"h","username":"root","tags":["daily"],"program_version":"restic 0.17.3","summary":{"backup_start":"2026-11-24T20:57:23.1Z","backup_end":"2026-11-24T20:57:29Z","total_bytes_processed":4096},"id":"abc","short_id":"abc"}]""";

        var record = Assert.Single(ImportText("restic", snapshots)).Record;

        Assert.Equal("2026-11-24T20:57:29+00:00", (string?)record["completedAt"]);
        Assert.Equal(4096, (long?)record["sizeBytes"]);
        Assert.Equal("restic 0.17.3", (string?)record["tool"]);
    }
}
