using Custojo.Compliance.Evidence.Canonical;
using Custojo.Compliance.Evidence.Storage;
using Microsoft.Data.Sqlite;

namespace Custojo.Compliance.Evidence.Querying;

/// <summary>Browsing queries for the CLI: list, per-kind stats and the chain head recorded by the last batch.</summary>
internal static class EvidenceQueries
{
    public static IEnumerable<EvidenceRow> List(SqliteConnection connection, EvidenceFilter filter)
    {
        using var command = connection.CreateCommand();
        EvidenceRows.Select(command, filter.Kind, filter.From, filter.To, filter.Subject, limit: filter.Limit);
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return EvidenceRows.Read(reader);
    }

    public static IReadOnlyList<KindStats> Stats(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT kind, count(*), min(observed_at), max(observed_at) FROM evidence GROUP BY kind ORDER BY kind";
        using var reader = command.ExecuteReader();
        var stats = new List<KindStats>();
        while (reader.Read())
            stats.Add(new KindStats(reader.GetString(0), reader.GetInt64(1), StoreTime.FromTicks(reader.GetInt64(2)), StoreTime.FromTicks(reader.GetInt64(3))));
        stats.Sort((a, b) => string.CompareOrdinal(a.Kind, b.Kind));
        return stats;
    }

    /// <summary>The head as the last batch recorded it (cheap; <c>evidence verify</c> recomputes it).</summary>
    public static ChainHead Head(SqliteConnection connection)
    {
        var state = ChainState.Load(connection, null);
        return new ChainHead(Convert.ToHexStringLower(state.Chain), state.LastRecord, state.LastBatch);
    }

    public static ChainHead Empty { get; } = new(Convert.ToHexStringLower(ChainLink.Genesis), 0, 0);
}
