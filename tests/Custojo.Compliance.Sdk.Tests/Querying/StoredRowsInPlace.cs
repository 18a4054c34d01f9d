using System.Text;
using Custojo.Compliance.Sdk.Evidence;
using Custojo.Compliance.Sdk.Querying;

namespace Custojo.Compliance.Sdk.Tests.Querying;

/// <summary>The same rows as <see cref="StoredRows"/>, handed over in place as the engine's store hands them.</summary>
internal sealed class StoredRowsInPlace(IEnumerable<EvidenceRecord> records) : StoredRows(records), IEvidenceRowSource
{
    public IEnumerable<TRow> Query<TRow>(string kind, DateTimeOffset fromInclusive, DateTimeOffset toExclusive, string? subject, EvidenceRowReader<TRow> read)
    {
        foreach (var row in Query(kind, fromInclusive, toExclusive, subject))
        {
            var subjectUtf8 = row.Subject is null ? [] : Encoding.UTF8.GetBytes(row.Subject);
            yield return read(new EvidenceRowView(Convert.FromHexString(row.Id), row.ObservedAt, subjectUtf8, row.Subject is not null, row.Utf8Json.Span));
        }
    }
}
