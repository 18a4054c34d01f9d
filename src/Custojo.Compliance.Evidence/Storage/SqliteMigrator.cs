using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Custojo.Compliance.Evidence.Storage;

/// <summary>
/// Applies versioned migrations per module (evidence, runs, ...) and records them in
/// <c>schema_migrations(module, version)</c>. Migration <c>n</c> is <c>migrations[n - 1]</c>; applied
/// migrations are never edited, only appended.
/// </summary>
public static class SqliteMigrator
{
    /// <summary>Brings <paramref name="module"/> up to <c>migrations.Count</c> in one transaction.</summary>
    public static void Apply(SqliteConnection connection, string module, IReadOnlyList<string> migrations)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentException.ThrowIfNullOrWhiteSpace(module);
        ArgumentNullException.ThrowIfNull(migrations);

        Execute(connection, null, """
            CREATE TABLE IF NOT EXISTS schema_migrations(
                module  TEXT    NOT NULL,
                version INTEGER NOT NULL,
                PRIMARY KEY (module, version));
            """);
        if (CurrentVersion(connection, null, module) == migrations.Count) return;

        using var transaction = connection.BeginTransaction(deferred: false);
        var current = CurrentVersion(connection, transaction, module);
        if (current > migrations.Count) throw EvidenceInputException.NewerSchema(module, current, migrations.Count);
        for (var version = (int)current + 1; version <= migrations.Count; version++)
        {
            Execute(connection, transaction, migrations[version - 1]);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations(module, version) VALUES ($module, $version)";
            record.Parameters.AddWithValue("$module", module);
            record.Parameters.AddWithValue("$version", version);
            record.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>The highest applied migration of <paramref name="module"/>, 0 when none.</summary>
    public static long CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction, string module)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'";
        if (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 0) return 0;
        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_migrations WHERE module = $module";
        command.Parameters.AddWithValue("$module", module);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
