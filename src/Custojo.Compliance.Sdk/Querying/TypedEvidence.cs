using System.Text.Json;
using Custojo.Compliance.Sdk.Evidence;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Sdk.Querying;

/// <summary>
/// Turns stored rows into the typed records policies read: in place when the source hands rows over as the store
/// holds them (<see cref="IEvidenceRowSource"/>), else from each <see cref="StoredEvidence"/>.
/// </summary>
internal static class TypedEvidence
{
    /// <summary>
    /// Rows of <typeparamref name="T"/> in <c>[from, to)</c> straight from the source, in time order; with
    /// <paramref name="conditions"/>, those that meet every one (tested by the store where it can).
    /// </summary>
    public static IEnumerable<Observed<T>> Stream<T>(IEvidenceSource source, DateTimeOffset from, DateTimeOffset to, string? subject,
        IReadOnlyList<FieldCondition>? conditions = null) where T : EvidenceRecord
    {
        var kind = EvidenceKinds.Of<T>().Name;
        conditions ??= [];
        if (source is IEvidenceRowSource rows) return rows.Query(kind, from, to, subject, conditions, row => Read<T>(kind, row));
        var records = source.Query(kind, from, to, subject).Select(row => Read<T>(row));
        return conditions.Count == 0 ? records : records.Where(item => conditions.All(condition => condition.Holds(item.Record)));
    }

    /// <summary>Every row of <typeparamref name="T"/> in <c>[from, to)</c> with its subject taken from <paramref name="subjects"/>.</summary>
    public static IEnumerable<(Observed<T> Record, string? Subject)> WithSubjects<T>(IEvidenceSource source, DateTimeOffset from, DateTimeOffset to, StringPool subjects)
        where T : EvidenceRecord
    {
        var kind = EvidenceKinds.Of<T>().Name;
        return source is IEvidenceRowSource rows
            ? rows.Query(kind, from, to, null, [], row => (Read<T>(kind, row), row.HasSubject ? subjects.Intern(row.Subject) : null))
            : source.Query(kind, from, to, null).Select(row => (Read<T>(row), row.Subject is { } subject ? subjects.Intern(subject) : null));
    }

    private static Observed<T> Read<T>(StoredEvidence row) where T : EvidenceRecord
    {
        try
        {
            return new Observed<T>(row.ToRef(), RecordDecoder<T>.Decode(row.Utf8Json.Span));
        }
        catch (JsonException ex)
        {
            throw Unreadable<T>(row.Id, row.Kind, ex);
        }
    }

    private static Observed<T> Read<T>(string kind, EvidenceRowView row) where T : EvidenceRecord
    {
        try
        {
            var record = RecordDecoder<T>.Decode(row.Json);
            return new Observed<T>(new EvidenceRef(row.IdHash, kind, row.ObservedAt), record);
        }
        catch (JsonException ex)
        {
            throw Unreadable<T>(Convert.ToHexStringLower(row.IdHash), kind, ex);
        }
    }

    private static InvalidDataException Unreadable<T>(string id, string kind, JsonException ex) =>
        new($"Evidence {id} of kind {kind} cannot be read as {typeof(T).Name}: {ex.Message}", ex);
}
