using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Custojo.Compliance.Sdk.Evidence;
using Custojo.Compliance.Sdk.Querying;

namespace Custojo.Compliance.Engine.Tests.Demo;

/// <summary>An evidence source over typed records, indexed by kind, filtered the way the store filters.</summary>
internal sealed class RecordsEvidence : IEvidenceSource
{
    private readonly Dictionary<string, List<StoredEvidence>> _byKind;

    public RecordsEvidence(IEnumerable<EvidenceRecord> records)
    {
        _byKind = records.Select(Store).GroupBy(r => r.Kind).ToDictionary(
            g => g.Key,
            g => g.OrderBy(r => r.ObservedAt).ThenBy(r => r.Id, StringComparer.Ordinal).ToList());
    }

    public IEnumerable<StoredEvidence> Query(string kind, DateTimeOffset fromInclusive, DateTimeOffset toExclusive, string? subject) =>
        _byKind.TryGetValue(kind, out var rows)
            ? rows.Where(r => r.ObservedAt >= fromInclusive && r.ObservedAt < toExclusive && (subject is null || r.Subject == subject))
            : [];

    private static StoredEvidence Store(EvidenceRecord record)
    {
        var kind = EvidenceKinds.Of(record.GetType());
        var json = JsonSerializer.Serialize(record, record.GetType(), EvidenceJson.Options);
        using var document = JsonDocument.Parse(json);
        var at = document.RootElement.GetProperty(kind.TimeProperty).GetDateTimeOffset().ToUniversalTime();
        var subject = kind.SubjectProperty is { } s && document.RootElement.TryGetProperty(s, out var value) ? value.ToString() : null;
        return new StoredEvidence(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(kind.Name + json))), kind.Name, at, subject, json);
    }
}
