using System.Text.Json;
using Custojo.Compliance.Sdk.Evidence;
using Custojo.Compliance.Sdk.Querying;

namespace Custojo.Compliance.Engine.Tests.Evaluation;

/// <summary>An evidence source over a list of records, filtered the way the store filters.</summary>
internal sealed class InMemoryEvidence(params (EvidenceRecord Record, DateTimeOffset At, string? Subject)[] records) : IEvidenceSource
{
    public IEnumerable<StoredEvidence> Query(string kind, DateTimeOffset fromInclusive, DateTimeOffset toExclusive, string? subject) =>
        records
            .Select((r, i) => new StoredEvidence($"ev{i:D4}", EvidenceKinds.Of(r.Record.GetType()).Name, r.At, r.Subject, JsonSerializer.Serialize(r.Record, r.Record.GetType(), EvidenceJson.Options)))
            .Where(e => e.Kind == kind && e.ObservedAt >= fromInclusive && e.ObservedAt < toExclusive && (subject is null || e.Subject == subject))
            .OrderBy(e => e.ObservedAt).ThenBy(e => e.Id, StringComparer.Ordinal);
}
