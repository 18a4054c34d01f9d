using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Custojo.Compliance.Evidence.Storage;

/// <summary>
/// Opens connections to a workspace's SQLite file: read-write (WAL, busy timeout, migrations applied)
/// for import and the engine's own tables, read-only (<c>Mode=ReadOnly</c>) for evaluation and browsing.
/// Connections are pooled; open one per unit of work and dispose it.
/// </summary>
public static class EvidenceDatabase
{
    /// <summary>How long a connection waits for another writer before giving up.</summary>
    public static TimeSpan BusyTimeout { get; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The size the write-ahead log is cut back to after a checkpoint. A large import is one transaction, so
    /// the log grows to hold all of it; without a limit the file keeps that size on disk afterwards.
    /// </summary>
    public const long WalSizeLimitBytes = 64L * 1024 * 1024;

    private static readonly ConcurrentDictionary<string, byte> OpenedForWriting = new(StringComparer.Ordinal);
    private static volatile bool _anyOpened;

    /// <summary>Opens (creating if needed) the database for writing, with the evidence schema migrated.</summary>
    public static SqliteConnection OpenReadWrite(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        var connection = Open(path, SqliteOpenMode.ReadWriteCreate);
        OpenedForWriting.TryAdd(Path.GetFullPath(path), 0);
        // 8 KiB pages (set before the first table; a no-op afterwards) make inserts into the three indexes
        // of a growing store markedly cheaper than the default 4 KiB (see the benchmark's stages).
        Pragma(connection, $"PRAGMA page_size = 8192; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA journal_size_limit = {WalSizeLimitBytes};");
        SqliteMigrator.Apply(connection, EvidenceMigrations.Module, EvidenceMigrations.All);
        PropertyIndexes.Create(connection);
        return connection;
    }

    /// <summary>Opens an existing database read-only. Writes through this connection fail.</summary>
    public static SqliteConnection OpenReadOnly(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path)) throw EvidenceInputException.NoDatabase(path);
        var connection = Open(path, SqliteOpenMode.ReadOnly);
        if (SqliteMigrator.CurrentVersion(connection, null, EvidenceMigrations.Module) is var version && version > EvidenceMigrations.All.Count)
        {
            connection.Dispose();
            throw EvidenceInputException.NewerSchema(EvidenceMigrations.Module, version, EvidenceMigrations.All.Count);
        }
        return connection;
    }

    /// <summary>
    /// Closes every pooled connection and folds the write-ahead log of each database this process opened for
    /// writing back into the database file, as a process should before it exits. A log left behind is recovered by
    /// the next process, which no longer knows which of its frames were already copied and copies all of them again
    /// at its first commit: every later write would cost as much as all the writes before it. Read-only
    /// connections cannot do this themselves, and they may be the last ones closed.
    /// </summary>
    public static void CloseAll()
    {
        if (!_anyOpened) return; // nothing to close, and SQLite need not be loaded for a command that never opened it
        SqliteConnection.ClearAllPools();
        foreach (var path in OpenedForWriting.Keys)
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadWrite,
                Pooling = false,
                DefaultTimeout = 1,
            }.ToString());
            try
            {
                connection.Open();
                Pragma(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
            }
            catch (SqliteException)
            {
                // Another process holds the database: it, or the next writer, folds the log in.
            }
        }
        OpenedForWriting.Clear();
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Pooling = true,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        };
        _anyOpened = true;
        SqliteThreadingMode.EnsureMultiThread();
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        Pragma(connection, $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds};");
        return connection;
    }

    private static void Pragma(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
