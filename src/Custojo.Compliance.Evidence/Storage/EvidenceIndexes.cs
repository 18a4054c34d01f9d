using Microsoft.Data.Sqlite;

namespace Custojo.Compliance.Evidence.Storage;

/// <summary>
/// The evidence table's indexes, exactly as migration 2 creates them: the two that queries name with
/// <c>INDEXED BY</c>, and the unique index on the id; and the kinds' <see cref="PropertyIndexes"/>. A large import drops some of them inside its
/// transaction and creates them again after its inserts: SQLite builds an index by sorting, far cheaper than
/// one random B-tree insert per record. DDL is transactional, so an import that fails, or a dry run, rolls the
/// drop back with everything else.
/// </summary>
internal static class EvidenceIndexes
{
    private const string CreateQueryIndexes = """
        CREATE INDEX evidence_kind_time ON evidence(kind, observed_at, id);
        CREATE INDEX evidence_kind_subject_time ON evidence(kind, subject, observed_at, id);
        """;

    private const string CreateIdIndex = "CREATE UNIQUE INDEX evidence_id ON evidence(id);";

    public static void Drop(SqliteConnection connection, SqliteTransaction transaction, IndexRebuild rebuild)
    {
        Execute(connection, transaction, rebuild switch
        {
            IndexRebuild.QueryIndexes => "DROP INDEX evidence_kind_time; DROP INDEX evidence_kind_subject_time;",
            IndexRebuild.All => "DROP INDEX evidence_kind_time; DROP INDEX evidence_kind_subject_time; DROP INDEX evidence_id;",
            _ => "",
        });
        if (rebuild != IndexRebuild.None) PropertyIndexes.Drop(connection, transaction);
    }

    public static void Create(SqliteConnection connection, SqliteTransaction transaction, IndexRebuild rebuild)
    {
        Execute(connection, transaction, rebuild switch
        {
            IndexRebuild.QueryIndexes => CreateQueryIndexes,
            IndexRebuild.All => CreateIdIndex + CreateQueryIndexes,
            _ => "",
        });
        if (rebuild != IndexRebuild.None) PropertyIndexes.Create(connection, transaction);
    }

    public static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        if (sql.Length == 0) return;
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
