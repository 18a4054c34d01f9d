using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Custojo.Compliance.Evidence;
using Custojo.Compliance.Sdk.Evidence;
using Custojo.Compliance.Sdk.Querying;

namespace Custojo.Compliance.Engine.Testing;

/// <summary>The evidence of one fixture, queryable like the store.</summary>
internal sealed class FixtureEvidence : IEvidenceSource, IDisposable
{
    private readonly List<StoredEvidence> _rows;

    private FixtureEvidence(List<StoredEvidence> rows) => _rows = rows;

    public static FixtureEvidence Create(FixtureCase fixture)
    {
        var rows = new List<StoredEvidence>();
        for (var i = 0; i < fixture.Evidence.Count; i++)
        {
            var record = fixture.Evidence[i];
            var kindName = record["kind"]?.GetValue<string>() ?? "";
            if (!EvidenceKinds.TryGet(kindName, out var kind))
                throw new InputException($"{fixture.File}: #/evidence/{i}/kind: unknown evidence kind '{kindName}'. See custojo evidence kinds.");
            var json = record.ToJsonString();
            var typed = (EvidenceRecord)JsonSerializer.Deserialize(json, kind.RecordType, EvidenceJson.Options)!;
            var at = (DateTimeOffset)kind.RecordType.GetProperties().Single(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name) == kind.TimeProperty).GetValue(typed)!;
            var subject = kind.SubjectProperty is null ? null : record[kind.SubjectProperty]?.ToString();
            rows.Add(new StoredEvidence(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))), kind.Name, at.ToUniversalTime(), subject, json));
        }
        return new FixtureEvidence(rows);
    }

    public IEnumerable<StoredEvidence> Query(string kind, DateTimeOffset fromInclusive, DateTimeOffset toExclusive, string? subject) =>
        _rows.Where(e => e.Kind == kind && e.ObservedAt >= fromInclusive && e.ObservedAt < toExclusive && (subject is null || string.Equals(e.Subject, subject, StringComparison.Ordinal)))
            .OrderBy(e => e.ObservedAt).ThenBy(e => e.Id, StringComparer.Ordinal);

    public void Dispose() { }
}
