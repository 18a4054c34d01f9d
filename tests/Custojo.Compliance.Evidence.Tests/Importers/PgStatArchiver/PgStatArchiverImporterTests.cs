using Snapshooter.Xunit;
using static Custojo.Compliance.Evidence.Tests.Importers.ImporterHarness;

namespace Custojo.Compliance.Evidence.Tests.Importers.PgStatArchiver;

public sealed class PgStatArchiverImporterTests
{
    [Fact]
    public void Row_without_sample_time_takes_observed_at_and_the_host_as_cluster()
    {
        var observedAt = new DateTimeOffset(2026, 11, 24, 20, 58, 50, TimeSpan.Zero);

        var records = ImportSample("pg-stat-archiver", "pgbackrest/08-pg_stat_archiver.json", Context(host: "vm", observedAt: observedAt));

        Snapshot.Match(AsSnapshot(records));
    }

    [Fact]
    public void Failure_after_the_last_success_means_archiving_is_failing_now()
    {
        const string rows = """
            {"sampled_at":"2026-11-24T21:00:00+00:00","cluster":"15/main","archived_count":10,"last_archived_wal":"000000010000000000000007","last_archived_time":"2026-11-24T20:58:48+00:00","failed_count":0,"last_failed_wal":null,"last_failed_time":null,"stats_reset":"2026-05-20T16:27:30+00:00"}
            {"sampled_at":"2026-11-24T21:30:00+00:00","cluster":"15/main","archived_count":10,"last_archived_wal":"000000010000000000000007","last_archived_time":"2026-11-24T20:58:48+00:00","failed_count":4,"last_failed_wal":"000000010000000000000008","last_failed_time":"2026-11-24T21:29:10+00:00","stats_reset":"2026-05-20T16:27:30+00:00"}
            """;

        var records = ImportText("pg-stat-archiver", rows, Context(host: "db-01"));

        Assert.Equal([false, true], records.Select(r => (bool?)r.Record["failedSinceLast"]));
        Assert.All(records, r => Assert.Equal("db-01/15/main", (string?)r.Record["cluster"]));
    }

    [Fact]
    public void Several_rows_without_sample_time_are_refused_naming_the_second()
    {
        var row = File.ReadAllText(SampleFiles.Copy("pgbackrest/08-pg_stat_archiver.json")).Trim();

        var error = ImportTextFails("pg-stat-archiver", $"{row}\n{row}\n", Context(host: "vm"));

        Assert.Equal("line 2", error.Location);
        Assert.Contains("sampled_at", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_counter_is_refused_naming_line_and_field()
    {
        var error = ImportTextFails("pg-stat-archiver", """{"sampled_at":"2026-11-24T21:00:00Z","archived_count":1}""", Context(host: "vm"));

        Assert.Equal("line 1, field failed_count", error.Location);
        Assert.Equal("an integer", error.Expected);
    }
}
