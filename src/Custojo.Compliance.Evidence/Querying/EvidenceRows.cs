using Custojo.Compliance.Evidence.Storage;
using Custojo.Compliance.Sdk.Querying;
using Microsoft.Data.Sqlite;

namespace Custojo.Compliance.Evidence.Querying;

/// <summary>Builds filtered, time-ordered queries over <c>evidence</c> and reads their rows.</summary>
internal static class EvidenceRows
{
    public const string Columns = "e.seq, e.batch, e.id, e.kind, e.observed_at, e.subject, e.json";

    /// <summary>
    /// Sets a command selecting the filtered rows in time order then id. Kind and time are served by the
    /// (kind, observed_at, id) index, kind and subject by (kind, subject, observed_at, id), named explicitly so
    /// the plan does not depend on statistics; <paramref name="asOf"/> keeps records of batches imported by
    /// then and <paramref name="upToRecord"/> pins the chain position.
    /// </summary>
    public static void Select(SqliteCommand command, string? kind, DateTimeOffset? from, DateTimeOffset? to, string? subject,
        DateTimeOffset? asOf = null, long? upToRecord = null, int? limit = null, IReadOnlyList<FieldCondition>? conditions = null,
        IReadOnlySet<string>? storeIndexes = null)
    {
        var (index, where) = Filter(command, kind, from, to, subject, asOf, upToRecord, conditions, storeIndexes);
        var take = "";
        if (limit is { } n) { take = "LIMIT $limit"; command.Parameters.AddWithValue("$limit", n); }
        command.CommandText = $"SELECT {Columns} FROM evidence e {index} {where} ORDER BY e.observed_at, e.id {take}";
    }

    /// <summary>Sets a command counting the rows <see cref="Select"/> would select, from the index where it can.</summary>
    public static void Count(SqliteCommand command, string kind, DateTimeOffset from, DateTimeOffset to, DateTimeOffset? asOf, long? upToRecord)
    {
        var (index, where) = Filter(command, kind, from, to, null, asOf, upToRecord);
        command.CommandText = $"SELECT count(*) FROM evidence e {index} {where}";
    }

    private static (string Index, string Where) Filter(SqliteCommand command, string? kind, DateTimeOffset? from, DateTimeOffset? to, string? subject,
        DateTimeOffset? asOf, long? upToRecord, IReadOnlyList<FieldCondition>? conditions = null, IReadOnlySet<string>? storeIndexes = null)
    {
        conditions ??= [];
        var byProperty = kind is not null && subject is null ? PropertyIndexFor(kind, conditions, storeIndexes) : null;
        var clauses = new List<string>();
        if (byProperty is not null) clauses.Add($"e.kind = {byProperty.KindLiteral}");
        else if (kind is not null) { clauses.Add("e.kind = $kind"); command.Parameters.AddWithValue("$kind", kind); }
        if (from is { } f) { clauses.Add("e.observed_at >= $from"); command.Parameters.AddWithValue("$from", StoreTime.ToTicks(f)); }
        if (to is { } t) { clauses.Add("e.observed_at < $to"); command.Parameters.AddWithValue("$to", StoreTime.ToTicks(t)); }
        if (subject is not null) { clauses.Add("e.subject = $subject"); command.Parameters.AddWithValue("$subject", subject); }
        if (asOf is { } a)
        {
            clauses.Add("e.batch IN (SELECT seq FROM batches WHERE imported_at <= $asOf)");
            command.Parameters.AddWithValue("$asOf", StoreTime.ToTicks(a));
        }
        if (upToRecord is { } max) { clauses.Add("e.seq <= $max"); command.Parameters.AddWithValue("$max", max); }
        for (var i = 0; i < conditions.Count; i++)
        {
            var indexed = byProperty is not null && byProperty.JsonName == conditions[i].JsonName;
            clauses.Add(Condition(command, i, conditions[i], indexed ? byProperty!.Expression("e.json") : null));
        }
        var index = kind is null ? ""
            : byProperty is not null ? $"INDEXED BY {byProperty.Name}"
            : subject is null ? "INDEXED BY evidence_kind_time" : "INDEXED BY evidence_kind_subject_time";
        return (index, clauses.Count == 0 ? "" : "WHERE " + string.Join(" AND ", clauses));
    }

    /// <summary>
    /// A property of the stored JSON equal to a value, tested by SQLite on the row before it is handed over (the
    /// JSON is canonical, and json_extract returns what <see cref="FieldCondition.StoredValue"/> describes).
    /// </summary>
    private static string Condition(SqliteCommand command, int position, FieldCondition condition, string? indexedExpression)
    {
        var expression = indexedExpression ?? $"json_extract(e.json, $path{position})";
        if (indexedExpression is null) command.Parameters.AddWithValue($"$path{position}", condition.JsonPath);
        if (condition.StoredValue is null) return $"{expression} IS NULL";
        command.Parameters.AddWithValue($"$value{position}", condition.StoredValue);
        return $"{expression} = $value{position}";
    }

    /// <summary>
    /// The store's index on a property one of the conditions matches, if the kind declares one and the store has it
    /// (a store last written by an older build may not). The query then names the kind and the property's
    /// expression as literals, as the partial index does, so that SQLite can use it.
    /// </summary>
    private static PropertyIndexes.PropertyIndex? PropertyIndexFor(string kind, IReadOnlyList<FieldCondition> conditions, IReadOnlySet<string>? storeIndexes) =>
        storeIndexes is null ? null
        : conditions.Select(c => PropertyIndexes.Find(kind, c.JsonName)).FirstOrDefault(index => index is not null && storeIndexes.Contains(index.Name));

    public static EvidenceRow Read(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetInt64(1),
        new StoredEvidence(
            Convert.ToHexStringLower((byte[])reader.GetValue(2)),
            reader.GetString(3),
            StoreTime.FromTicks(reader.GetInt64(4)),
            reader.IsDBNull(5) ? null : reader.GetString(5),
            reader.GetString(6)));

    /// <summary>The current row as the store holds it, for a reader that keeps only what it builds from it.</summary>
    public static EvidenceRowView View(RawRows rows) => new(
        rows.Bytes(2),
        StoreTime.FromTicks(rows.Int64(4)),
        rows.IsNull(5) ? default : rows.Bytes(5),
        !rows.IsNull(5),
        rows.Bytes(6));

    /// <summary>
    /// The record of a row of <paramref name="kind"/> as policies read it: the JSON stays the UTF-8 the store
    /// holds (policies deserialise it straight away), the id stays its 32 bytes, and the kind is the one queried,
    /// not a copy per row.
    /// </summary>
    public static StoredEvidence ReadForPolicies(RawRows rows, string kind) => new(
        rows.Bytes(2).ToArray(),
        kind,
        StoreTime.FromTicks(rows.Int64(4)),
        rows.Text(5),
        rows.Bytes(6).ToArray());
}
