using Microsoft.Data.Sqlite;

namespace Custojo.Compliance.Evidence.Storage;

/// <summary>
/// The two indexes evidence queries name with <c>INDEXED BY</c>, exactly as migration 1 creates them. A large
/// import drops them inside its transaction and creates them again after its inserts: SQLite builds an index
/// by sorting, far cheaper than one random B-tree insert per record. DDL is transactional, so an import that
/// fails, or a dry run, rolls the drop back with everything else.
/// </summary>
internal static class QueryIndexes
{
    public const string CreateSql = """
        CREATE INDEX evidence_kind_time ON evidence(kind, observed_at, id);
        CREATE INDEX evidence_kind_subject_time ON evidence(kind, subject, observed_at, id);
        """;

    private const string DropSql = "DROP INDEX evidence_kind_time; DROP INDEX evidence_kind_subject_time;";

    public static void Drop(SqliteConnection connection, SqliteTransaction transaction) => Execute(connection, transaction, DropSql);

    public static void Create(SqliteConnection connection, SqliteTransaction transaction) => Execute(connection, transaction, CreateSql);

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
