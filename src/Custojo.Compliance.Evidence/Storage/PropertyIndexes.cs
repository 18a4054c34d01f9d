using Custojo.Compliance.Sdk.Evidence;
using Custojo.Compliance.Sdk.Querying;
using Microsoft.Data.Sqlite;

namespace Custojo.Compliance.Evidence.Storage;

/// <summary>
/// The partial indexes on one property of one kind that kinds declare (<see cref="EvidenceKindAttribute.IndexedProperties"/>):
/// a query of that kind matching the property (<see cref="Match{T}"/>) reads only the records it keeps, in time order,
/// instead of every record of the kind. They are not part of a migration: a store opened for writing gains the indexes
/// its kinds declare, and a query uses one only where the store has it.
/// </summary>
internal static class PropertyIndexes
{
    private static readonly Lazy<IReadOnlyList<PropertyIndex>> Declared = new(() =>
        [.. EvidenceKinds.All.SelectMany(kind => kind.IndexedProperties.Select(property => PropertyIndex.For(kind.Name, property)))]);

    public static IReadOnlyList<PropertyIndex> All => Declared.Value;

    /// <summary>The declared index on <paramref name="jsonName"/> of <paramref name="kind"/>, if any.</summary>
    public static PropertyIndex? Find(string kind, string jsonName) =>
        All.FirstOrDefault(index => index.Kind == kind && index.JsonName == jsonName);

    /// <summary>Creates the declared indexes the store lacks (an index of a large kind takes a moment, once).</summary>
    public static void Create(SqliteConnection connection, SqliteTransaction? transaction = null) =>
        EvidenceIndexes.Execute(connection, transaction, string.Concat(All.Select(index => index.CreateSql)));

    /// <summary>Drops them inside an import's transaction, to be created again by sorting after its inserts.</summary>
    public static void Drop(SqliteConnection connection, SqliteTransaction transaction) =>
        EvidenceIndexes.Execute(connection, transaction, string.Concat(All.Select(index => $"DROP INDEX IF EXISTS {index.Name};")));

    /// <summary>The names of the indexes a store has, for a reader deciding which of them it may name.</summary>
    public static HashSet<string> Existing(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'evidence'";
        using var reader = command.ExecuteReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    private static bool IsPlainName(string name, char separator) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == separator);

    /// <summary>
    /// One declared index. Its SQL is built from names checked to be plain identifiers, because the kind and the
    /// path must appear in a query as literals, exactly as here, for SQLite to use a partial expression index.
    /// </summary>
    internal sealed record PropertyIndex(string Name, string Kind, string JsonName)
    {
        /// <summary>The kind as an SQL literal: a query must name it so for SQLite to see the index applies.</summary>
        public string KindLiteral => $"'{Kind}'";

        /// <summary>The indexed expression over <paramref name="json"/>, the evidence table's JSON column as the query names it.</summary>
        public string Expression(string json) => $"json_extract({json}, '{FieldCondition.PathOf(JsonName)}')";

        /// <summary>
        /// Without the id (32 bytes) the index builds in about 60 % of the time; SQLite orders records that share an
        /// instant by id as it reads them, a sort of a few rows at a time.
        /// </summary>
        public string CreateSql => $"CREATE INDEX IF NOT EXISTS {Name} ON evidence({Expression("json")}, observed_at) WHERE kind = {KindLiteral};";

        public static PropertyIndex For(string kind, string jsonName)
        {
            if (!IsPlainName(kind, '-') || !IsPlainName(jsonName, '_'))
                throw new InvalidOperationException($"Kind '{kind}' declares an index on '{jsonName}': kinds and indexed properties must be plain names.");
            return new PropertyIndex($"evidence_{kind.Replace('-', '_')}_by_{jsonName}", kind, jsonName);
        }
    }
}
