using Custojo.Compliance.Evidence.Canonical;
using Custojo.Compliance.Evidence.Storage;
using Microsoft.Data.Sqlite;

namespace Custojo.Compliance.Evidence.Import;

/// <summary>
/// Appends validated records inside the import's transaction, extending the hash chain. A record whose
/// id is already stored is counted as present and leaves the chain as it was.
/// </summary>
internal sealed class RecordWriter : IDisposable
{
    private readonly SqliteCommand _insert;
    private readonly SqliteParameter _seq, _id, _kind, _observed, _subject, _json, _chain;
    private readonly SortedDictionary<string, long> _newByKind = new(StringComparer.Ordinal);
    private readonly long _firstSeq;

    public RecordWriter(SqliteConnection connection, SqliteTransaction transaction, ChainState start, long batch)
    {
        Batch = batch;
        Head = start.Chain;
        _firstSeq = start.LastRecord + 1;
        NextSeq = _firstSeq;
        _insert = connection.CreateCommand();
        _insert.Transaction = transaction;
        _insert.CommandText = """
            INSERT INTO evidence(seq, id, kind, observed_at, subject, batch, json, chain)
            VALUES ($seq, $id, $kind, $observed, $subject, $batch, $json, $chain)
            ON CONFLICT(id) DO NOTHING
            """;
        _seq = _insert.Parameters.Add("$seq", SqliteType.Integer);
        _id = _insert.Parameters.Add("$id", SqliteType.Blob);
        _kind = _insert.Parameters.Add("$kind", SqliteType.Text);
        _observed = _insert.Parameters.Add("$observed", SqliteType.Integer);
        _subject = _insert.Parameters.Add("$subject", SqliteType.Text);
        _insert.Parameters.AddWithValue("$batch", batch);
        _json = _insert.Parameters.Add("$json", SqliteType.Text);
        _chain = _insert.Parameters.Add("$chain", SqliteType.Blob);
        _insert.Prepare();
    }

    public long Batch { get; }

    public byte[] Head { get; private set; }

    public long NextSeq { get; private set; }

    public long New => NextSeq - _firstSeq;

    public long Present { get; private set; }

    public IReadOnlyDictionary<string, long> NewByKind => _newByKind;

    public void Append(ValidatedRecord record)
    {
        var chain = ChainLink.Compute(Head, Batch, record.Id, record.ObservedTicks, record.Kind, record.Subject);
        _seq.Value = NextSeq;
        _id.Value = record.Id;
        _kind.Value = record.Kind;
        _observed.Value = record.ObservedTicks;
        _subject.Value = (object?)record.Subject ?? DBNull.Value;
        _json.Value = record.Json;
        _chain.Value = chain;
        if (_insert.ExecuteNonQuery() == 0)
        {
            Present++;
            return;
        }
        Head = chain;
        NextSeq++;
        _newByKind[record.Kind] = _newByKind.GetValueOrDefault(record.Kind) + 1;
    }

    public void Dispose() => _insert.Dispose();
}
