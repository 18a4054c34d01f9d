using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Custojo.Compliance.Evidence.Storage;

/// <summary>
/// The first import into an empty store runs with a rollback journal instead of the write-ahead log. In WAL mode
/// every page of a large transaction is written twice, to the log and then by the checkpoint into the database
/// file; with a rollback journal the new pages go to the database file once and the journal holds only the few
/// pages that existed before. The commit stays atomic and durable: <c>synchronous=FULL</c> while the journal is a
/// rollback journal (NORMAL is only safe with the WAL), and a crash leaves a hot journal that the next process rolls
/// back before it reads: nothing was committed (an end-to-end test kills an import, then reads, verifies and imports). Readers wait
/// on the writer's lock while the import runs, which costs little while the store is empty. Leaving the WAL needs
/// the database to itself: when another connection has it open, the import simply stays in WAL mode. Disposing
/// switches back to WAL as well as it can; should that fail, the next read-write open switches it.
/// </summary>
internal sealed class BulkLoadJournal : IDisposable
{
    private readonly SqliteConnection _connection;

    private BulkLoadJournal(SqliteConnection connection) => _connection = connection;

    /// <summary>Switches an open connection's empty store to a rollback journal; null when the store holds records or is shared.</summary>
    public static BulkLoadJournal? TryEnter(SqliteConnection connection)
    {
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT EXISTS(SELECT 1 FROM evidence)";
            if (command.ExecuteScalar() is not 0L) return null;
        }
        SqliteConnection.ClearAllPools(); // idle pooled connections of this process would keep the log open
        if (!SwitchTo(connection, "delete")) return null;
        Synchronous(connection, "FULL");
        return new BulkLoadJournal(connection);
    }

    /// <summary>Best effort, never masking the import's own outcome: the next read-write open restores WAL anyway.</summary>
    public void Dispose()
    {
        try
        {
            SwitchTo(_connection, "wal");
            Synchronous(_connection, "NORMAL");
        }
        catch (SqliteException)
        {
            // A full disk or a failed rollback: the import's own error, if any, is the one to report.
        }
    }

    private static void Synchronous(SqliteConnection connection, string level)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA synchronous = {level}";
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Changes the journal mode without waiting: another connection is a reason to keep the current mode. Runs the
    /// pragma through SQLite itself, as Microsoft.Data.Sqlite would retry a busy statement for its whole timeout.
    /// </summary>
    private static bool SwitchTo(SqliteConnection connection, string mode)
    {
        var database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        raw.sqlite3_busy_timeout(database, 0);
        try
        {
            Check(database, raw.sqlite3_prepare_v2(database, $"PRAGMA journal_mode = {mode}", out var statement));
            using (statement)
            {
                var code = raw.sqlite3_step(statement);
                if (code is raw.SQLITE_BUSY or raw.SQLITE_LOCKED) return false;
                if (code != raw.SQLITE_ROW) Check(database, code);
                return raw.sqlite3_column_text(statement, 0).utf8_to_string() == mode;
            }
        }
        finally
        {
            raw.sqlite3_busy_timeout(database, (int)EvidenceDatabase.BusyTimeout.TotalMilliseconds);
        }
    }

    private static void Check(sqlite3 database, int code)
    {
        if (code != raw.SQLITE_OK) throw new SqliteException($"SQLite error {code} changing the journal mode: {raw.sqlite3_errmsg(database).utf8_to_string()}", code);
    }
}
