using Custojo.Compliance.Evidence.Storage;
using Microsoft.Data.Sqlite;

namespace Custojo.Compliance.Evidence.Tests.Storage;

public sealed class MigratorTests : IDisposable
{
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Migrations_of_a_module_run_once_in_order_and_are_recorded()
    {
        using var connection = EvidenceDatabase.OpenReadWrite(_store.Store.DatabasePath);
        string[] v1 = ["CREATE TABLE runs(id INTEGER PRIMARY KEY)"];
        string[] v2 = [.. v1, "ALTER TABLE runs ADD COLUMN name TEXT"];

        SqliteMigrator.Apply(connection, "runs", v1);
        SqliteMigrator.Apply(connection, "runs", v2);
        SqliteMigrator.Apply(connection, "runs", v2);

        Assert.Equal(2, SqliteMigrator.CurrentVersion(connection, null, "runs"));
        Assert.Equal(EvidenceMigrations.All.Count, SqliteMigrator.CurrentVersion(connection, null, "evidence"));
        Assert.Equal(2 + EvidenceMigrations.All.Count, _store.Scalar("SELECT count(*) FROM schema_migrations"));
    }

    [Fact]
    public void Failing_migration_leaves_the_module_at_its_previous_version()
    {
        using var connection = EvidenceDatabase.OpenReadWrite(_store.Store.DatabasePath);

        Assert.Throws<SqliteException>(() => SqliteMigrator.Apply(connection, "runs", ["CREATE TABLE runs(id INTEGER)", "NOT SQL"]));

        Assert.Equal(0, SqliteMigrator.CurrentVersion(connection, null, "runs"));
        Assert.Equal(0, _store.Scalar("SELECT count(*) FROM sqlite_master WHERE name = 'runs'"));
    }

    [Fact]
    public void Database_from_a_newer_version_is_refused()
    {
        using var connection = EvidenceDatabase.OpenReadWrite(_store.Store.DatabasePath);
        SqliteMigrator.Apply(connection, "runs", ["SELECT 1", "SELECT 2"]);

        var error = Assert.Throws<EvidenceInputException>(() => SqliteMigrator.Apply(connection, "runs", ["SELECT 1"]));

        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Store_uses_wal_with_a_size_limit_and_a_busy_timeout()
    {
        using var connection = EvidenceDatabase.OpenReadWrite(_store.Store.DatabasePath);
        using var command = connection.CreateCommand();

        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
        command.CommandText = "PRAGMA journal_size_limit";
        Assert.Equal(EvidenceDatabase.WalSizeLimitBytes, command.ExecuteScalar());
        command.CommandText = "PRAGMA busy_timeout";
        Assert.Equal((long)EvidenceDatabase.BusyTimeout.TotalMilliseconds, command.ExecuteScalar());
    }

    [Fact]
    public void Opening_a_missing_store_read_only_says_how_to_create_it()
    {
        var error = Assert.Throws<EvidenceInputException>(() => EvidenceDatabase.OpenReadOnly(_store.Store.DatabasePath));

        Assert.Contains("custojo init", error.Message, StringComparison.Ordinal);
    }
}
