using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Custojo.Compliance.Sdk.Evidence;
using Custojo.Compliance.Sdk.Querying;

namespace Custojo.Compliance.Sdk.Tests.Querying;

/// <summary>
/// An evidence source over records, filtered and ordered the way the store does (time, then id), that counts
/// the queries and rows it serves. Ids are handed over as hash bytes, as the store hands them.
/// </summary>
internal class StoredRows(IEnumerable<EvidenceRecord> records) : IEvidenceSource
{
    private readonly List<StoredEvidence> _rows = [.. records.Select(Store).OrderBy(r => r.ObservedAt).ThenBy(r => r.Id, StringComparer.Ordinal)];

    public int Queries { get; private set; }

    public int RowsServed { get; private set; }

    /// <summary>Reads begun and not yet disposed (each holds a store connection).</summary>
    public int OpenReads { get; private set; }

    /// <summary>When set, the source fails after serving this many more rows (a read cut short).</summary>
    public int? FailAfter { get; set; }

    public IEnumerable<StoredEvidence> Query(string kind, DateTimeOffset fromInclusive, DateTimeOffset toExclusive, string? subject)
    {
        Queries++;
        OpenReads++;
        try
        {
            foreach (var row in _rows.Where(r => r.Kind == kind && r.ObservedAt >= fromInclusive && r.ObservedAt < toExclusive && (subject is null || r.Subject == subject)))
            {
                if (FailAfter == 0) throw new InvalidOperationException("The read was cut short.");
                FailAfter--;
                RowsServed++;
                yield return row;
            }
        }
        finally
        {
            OpenReads--;
        }
    }

    /// <summary>Added to every count: a count taken before an import added rows, or after rows it counted went.</summary>
    public int CountOffset { get; set; }

    /// <summary>Counted without serving rows, as the store counts from its index.</summary>
    public int Count(string kind, DateTimeOffset fromInclusive, DateTimeOffset toExclusive) =>
        Math.Max(0, _rows.Count(r => r.Kind == kind && r.ObservedAt >= fromInclusive && r.ObservedAt < toExclusive) + CountOffset);

    private static StoredEvidence Store(EvidenceRecord record)
    {
        var kind = EvidenceKinds.Of(record.GetType());
        var json = JsonSerializer.SerializeToUtf8Bytes(record, record.GetType(), EvidenceJson.Options);
        using var document = JsonDocument.Parse(json);
        var at = document.RootElement.GetProperty(kind.TimeProperty).GetDateTimeOffset().ToUniversalTime();
        var subject = kind.SubjectProperty is { } s && document.RootElement.TryGetProperty(s, out var value) ? value.ToString() : null;
        return new StoredEvidence(SHA256.HashData([.. Encoding.UTF8.GetBytes(kind.Name), .. json]), kind.Name, at, subject, json);
    }
}
