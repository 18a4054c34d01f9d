using Custojo.Compliance.Evidence.Storage;
using Custojo.Compliance.Sdk.Querying;

namespace Custojo.Compliance.Evidence.Querying;

/// <summary>
/// The evidence the engine evaluates, read from the store through read-only connections. Thread-safe:
/// every query opens its own pooled connection. Optionally limited to batches imported by
/// <see cref="AsOf"/> and to records up to a chain position (the head a report was computed on).
/// </summary>
public sealed class SqliteEvidenceSource : IEvidenceSource, IEvidenceRowSource
{
    private readonly string _databasePath;
    private HashSet<string>? _storeIndexes;

    public SqliteEvidenceSource(string databasePath, DateTimeOffset? asOf = null, long? upToRecord = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        if (!File.Exists(databasePath)) throw EvidenceInputException.NoDatabase(databasePath);
        _databasePath = databasePath;
        AsOf = asOf;
        UpToRecord = upToRecord;
    }

    public DateTimeOffset? AsOf { get; }

    public long? UpToRecord { get; }

    public IEnumerable<StoredEvidence> Query(string kind, DateTimeOffset fromInclusive, DateTimeOffset toExclusive, string? subject)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        using var connection = EvidenceDatabase.OpenReadOnly(_databasePath);
        using var command = connection.CreateCommand();
        EvidenceRows.Select(command, kind, fromInclusive, toExclusive, subject, AsOf, UpToRecord);
        using var rows = new RawRows(command);
        while (rows.Step()) yield return EvidenceRows.ReadForPolicies(rows, kind);
    }

    IEnumerable<TRow> IEvidenceRowSource.Query<TRow>(string kind, DateTimeOffset fromInclusive, DateTimeOffset toExclusive, string? subject,
        IReadOnlyList<FieldCondition> conditions, EvidenceRowReader<TRow> read)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        using var connection = EvidenceDatabase.OpenReadOnly(_databasePath);
        using var command = connection.CreateCommand();
        EvidenceRows.Select(command, kind, fromInclusive, toExclusive, subject, AsOf, UpToRecord, conditions: conditions,
            storeIndexes: conditions.Count == 0 ? null : StoreIndexes(connection));
        using var rows = new RawRows(command);
        while (rows.Step()) yield return read(EvidenceRows.View(rows));
    }

    /// <summary>The store's indexes, read once: the store only gains them, and a source reads one store.</summary>
    private HashSet<string> StoreIndexes(Microsoft.Data.Sqlite.SqliteConnection connection) =>
        _storeIndexes ??= PropertyIndexes.Existing(connection);

    public int Count(string kind, DateTimeOffset fromInclusive, DateTimeOffset toExclusive)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        using var connection = EvidenceDatabase.OpenReadOnly(_databasePath);
        using var command = connection.CreateCommand();
        EvidenceRows.Count(command, kind, fromInclusive, toExclusive, AsOf, UpToRecord);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
