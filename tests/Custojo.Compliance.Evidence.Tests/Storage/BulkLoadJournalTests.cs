using Custojo.Compliance.Evidence.Storage;
using Microsoft.Data.Sqlite;

namespace Custojo.Compliance.Evidence.Tests.Storage;

public sealed class BulkLoadJournalTests : IDisposable
{
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void An_empty_store_loads_under_a_rollback_journal_and_returns_to_the_write_ahead_log()
    {
        using var connection = EvidenceDatabase.OpenReadWrite(_store.Store.DatabasePath);

        using (var bulk = BulkLoadJournal.TryEnter(connection))
        {
            Assert.NotNull(bulk);
            Assert.Equal("delete", JournalMode(connection));
            Assert.Equal(2L, Pragma(connection, "synchronous")); // FULL: NORMAL is only safe with the WAL
        }

        Assert.Equal("wal", JournalMode(connection));
        Assert.Equal(1L, Pragma(connection, "synchronous"));
    }

    [Fact]
    public void A_store_that_holds_records_keeps_the_write_ahead_log()
    {
        Assert.True(_store.Import("logins.ndjson", Records.Ndjson(3)).Succeeded);
        using var connection = EvidenceDatabase.OpenReadWrite(_store.Store.DatabasePath);

        Assert.Null(BulkLoadJournal.TryEnter(connection));
        Assert.Equal("wal", JournalMode(connection));
    }

    [Fact]
    public void An_empty_store_another_connection_is_reading_keeps_the_write_ahead_log_without_waiting()
    {
        _store.Store.EnsureCreated();
        using var reader = new SqliteConnection($"Data Source={_store.Store.DatabasePath};Pooling=False");
        reader.Open();
        using var reading = reader.BeginTransaction(deferred: true);
        using (var count = reader.CreateCommand())
        {
            count.Transaction = reading;
            count.CommandText = "SELECT count(*) FROM evidence";
            count.ExecuteScalar();
        }
        using var connection = EvidenceDatabase.OpenReadWrite(_store.Store.DatabasePath);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        Assert.Null(BulkLoadJournal.TryEnter(connection));
        Assert.True(watch.Elapsed < EvidenceDatabase.BusyTimeout / 2, $"waited {watch.Elapsed}");
        Assert.Equal("wal", JournalMode(connection));
    }

    [Fact]
    public void A_first_import_leaves_its_records_in_a_store_in_write_ahead_log_mode()
    {
        var result = _store.Import("logins.ndjson", Records.Ndjson(500));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(500, _store.RecordCount);
        Assert.Equal(["wal"], _store.Texts("PRAGMA journal_mode"));
        Assert.Equal(["ok"], _store.Texts("PRAGMA integrity_check"));
        Assert.True(_store.Store.Verify().Intact);
    }

    [Fact]
    public void A_failed_first_import_writes_nothing_and_leaves_the_write_ahead_log()
    {
        var result = _store.Import("logins.ndjson", Records.Ndjson(400) + "{\"kind\": \"login-attempt\"}\n");

        Assert.False(result.Succeeded);
        Assert.Equal(0, _store.RecordCount);
        Assert.Equal(0, _store.BatchCount);
        Assert.Equal(["wal"], _store.Texts("PRAGMA journal_mode"));
        Assert.False(File.Exists(_store.Store.DatabasePath + "-journal"));
    }

    private static string JournalMode(SqliteConnection connection) => (string)Pragma(connection, "journal_mode");

    private static object Pragma(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return command.ExecuteScalar()!;
    }
}
