using Custojo.Compliance.Evidence.Canonical;
using Custojo.Compliance.Evidence.Storage;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Custojo.Compliance.Evidence.Import;

/// <summary>
/// Appends validated records inside the import's transaction, extending the hash chain. A record whose
/// id is already stored is counted as present and leaves the chain as it was: the unique id index finds it,
/// or, while the import has dropped that index, an <see cref="IdSet"/> of the ids stored so far. The insert is
/// a prepared statement on SQLite's raw pointers (<see cref="EvidenceInsert"/>).
/// </summary>
internal sealed class RecordWriter : IDisposable
{
    private readonly Dictionary<string, KindTally> _kinds = new(StringComparer.Ordinal);
    private KindTally? _lastKind;
    private readonly sqlite3 _db;
    private readonly EvidenceInsert _insert;
    private readonly sqlite3_stmt? _storedId;
    private readonly IdSet? _stored;
    private readonly long _firstSeq;

    /// <param name="idIndexDropped">The unique id index is dropped for the import: find repeated ids in an <see cref="IdSet"/> (the store must be empty).</param>
    /// <param name="expectedRecords">An estimate of the records to come, to size that set.</param>
    public RecordWriter(SqliteConnection connection, ChainState start, long batch, bool idIndexDropped = false, long expectedRecords = 0)
    {
        Batch = batch;
        Head = start.Chain;
        _firstSeq = start.LastRecord + 1;
        NextSeq = _firstSeq;
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        if (idIndexDropped && start.LastRecord != 0) throw new InvalidOperationException("Only an import into an empty store may drop the unique id index.");
        _insert = new EvidenceInsert(connection, ignoreRepeatedIds: !idIndexDropped);
        if (!idIndexDropped) return;
        try
        {
            Check(raw.sqlite3_prepare_v2(_db, "SELECT id FROM evidence WHERE seq = ?1", out _storedId));
            _stored = new IdSet(StoredId, expectedRecords);
        }
        catch
        {
            _insert.Dispose(); // it holds a reference on the connection's handle
            _storedId?.Dispose();
            throw;
        }
    }

    public long Batch { get; }

    public byte[] Head { get; private set; }

    public long NextSeq { get; private set; }

    public long New => NextSeq - _firstSeq;

    public long Present { get; private set; }

    /// <summary>New records per kind, in ordinal order of the kind (a fresh copy).</summary>
    public IReadOnlyDictionary<string, long> NewByKind =>
        new SortedDictionary<string, long>(_kinds.Values.Where(k => k.New > 0).ToDictionary(k => k.Name, k => k.New), StringComparer.Ordinal);

    /// <summary>The earliest and latest observed-at of the new records (store ticks), when there are any.</summary>
    public (long First, long Last)? NewRange { get; private set; }

    public void Append(ValidatedRecord record)
    {
        if (_stored is not null && !_stored.TryAdd(record.Id, NextSeq))
        {
            Present++;
            return;
        }
        var chain = ChainLink.Compute(Head, Batch, record.Id, record.ObservedTicks, record.Kind, record.Subject);
        var kind = Tally(record.Kind);
        if (!_insert.Insert(NextSeq, record.Id, kind.Utf8, record.ObservedTicks, record.Subject, Batch, record.Json, chain))
        {
            Present++;
            return;
        }
        Head = chain;
        NextSeq++;
        kind.New++;
        NewRange = NewRange is { } range
            ? (Math.Min(range.First, record.ObservedTicks), Math.Max(range.Last, record.ObservedTicks))
            : (record.ObservedTicks, record.ObservedTicks);
    }

    /// <summary>The kind's tally; records mostly come in runs of one kind, whose name is then the same string.</summary>
    private KindTally Tally(string kind)
    {
        if (_lastKind is { } last && ReferenceEquals(last.Name, kind)) return last;
        if (!_kinds.TryGetValue(kind, out var tally)) _kinds[kind] = tally = new KindTally(kind);
        return _lastKind = tally;
    }

    public void Dispose()
    {
        _insert.Dispose();
        _storedId?.Dispose();
    }

    private byte[] StoredId(long seq)
    {
        Check(raw.sqlite3_bind_int64(_storedId, 1, seq));
        try
        {
            if (raw.sqlite3_step(_storedId) != raw.SQLITE_ROW) throw new InvalidOperationException($"Evidence record {seq} was not stored.");
            return raw.sqlite3_column_blob(_storedId, 0).ToArray();
        }
        finally
        {
            raw.sqlite3_reset(_storedId);
        }
    }

    private void Check(int code)
    {
        if (code is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
            throw new SqliteException($"SQLite error {code} inserting evidence: {raw.sqlite3_errmsg(_db).utf8_to_string()}", code);
    }

    private sealed class KindTally(string name)
    {
        public string Name { get; } = name;

        public byte[] Utf8 { get; } = System.Text.Encoding.UTF8.GetBytes(name);

        public long New { get; set; }
    }
}
