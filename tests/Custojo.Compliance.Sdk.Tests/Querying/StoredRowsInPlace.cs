using System.Text;
using System.Text.Json;
using Custojo.Compliance.Sdk.Evidence;
using Custojo.Compliance.Sdk.Querying;

namespace Custojo.Compliance.Sdk.Tests.Querying;

/// <summary>
/// The same rows as <see cref="StoredRows"/>, handed over in place as the engine's store hands them, the conditions
/// tested before (on the record System.Text.Json reads, not the one the Sdk's reader builds).
/// </summary>
internal sealed class StoredRowsInPlace(IEnumerable<EvidenceRecord> records) : StoredRows(records), IEvidenceRowSource
{
    public IEnumerable<TRow> Query<TRow>(string kind, DateTimeOffset fromInclusive, DateTimeOffset toExclusive, string? subject,
        IReadOnlyList<FieldCondition> conditions, EvidenceRowReader<TRow> read)
    {
        Assert.True(EvidenceKinds.TryGet(kind, out var info));
        foreach (var row in Query(kind, fromInclusive, toExclusive, subject))
        {
            var record = (EvidenceRecord)JsonSerializer.Deserialize(row.Utf8Json.Span, info.RecordType, EvidenceJson.Options)!;
            if (!conditions.All(c => c.Holds(record))) continue;
            var subjectUtf8 = row.Subject is null ? [] : Encoding.UTF8.GetBytes(row.Subject);
            yield return read(new EvidenceRowView(Convert.FromHexString(row.Id), row.ObservedAt, subjectUtf8, row.Subject is not null, row.Utf8Json.Span));
        }
    }
}
