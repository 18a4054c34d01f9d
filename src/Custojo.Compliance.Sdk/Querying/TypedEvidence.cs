using System.Text.Json;
using Custojo.Compliance.Sdk.Evidence;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Sdk.Querying;

/// <summary>Turns stored rows into the typed records policies read.</summary>
internal static class TypedEvidence
{
    public static Observed<T> Read<T>(StoredEvidence row) where T : EvidenceRecord
    {
        try
        {
            return new Observed<T>(row.ToRef(), RecordDecoder<T>.Decode(row.Utf8Json.Span));
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Evidence {row.Id} of kind {row.Kind} cannot be read as {typeof(T).Name}: {ex.Message}", ex);
        }
    }

    /// <summary>Rows of <typeparamref name="T"/> in <c>[from, to)</c> straight from the source, in time order.</summary>
    public static IEnumerable<Observed<T>> Stream<T>(IEvidenceSource source, DateTimeOffset from, DateTimeOffset to, string? subject) where T : EvidenceRecord
    {
        foreach (var row in source.Query(EvidenceKinds.Of<T>().Name, from, to, subject))
            yield return Read<T>(row);
    }
}
