using Custojo.Compliance.Evidence.Canonical;
using Microsoft.Data.Sqlite;

namespace Custojo.Compliance.Evidence.Storage;

/// <summary>Where the chains end: the last record (seq, chain hash) and the last batch (seq, hash).</summary>
internal sealed record ChainState(long LastRecord, byte[] Chain, long LastBatch, byte[] BatchHash)
{
    public static ChainState Empty { get; } = new(0, ChainLink.Genesis, 0, ChainLink.Genesis);

    /// <summary>Reads the ends from the last batch row (the record chain's head is recorded there).</summary>
    public static ChainState Load(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT seq, hash, chain_head, (SELECT max(last_record) FROM batches)
            FROM batches ORDER BY seq DESC LIMIT 1
            """;
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return Empty;
        return new ChainState(
            reader.IsDBNull(3) ? 0 : reader.GetInt64(3),
            (byte[])reader.GetValue(2),
            reader.GetInt64(0),
            (byte[])reader.GetValue(1));
    }
}
