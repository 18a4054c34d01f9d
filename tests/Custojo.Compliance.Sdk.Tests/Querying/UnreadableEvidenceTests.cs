using System.Security.Cryptography;
using System.Text;
using Custojo.Compliance.Sdk.Evidence;
using Custojo.Compliance.Sdk.Querying;

namespace Custojo.Compliance.Sdk.Tests.Querying;

/// <summary>A stored record that does not read as its kind stops the query with an error naming the record, whichever way the source hands rows over.</summary>
public sealed class UnreadableEvidenceTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 2, 7, 58, 12, TimeSpan.Zero);
    private static readonly byte[] Json = Encoding.UTF8.GetBytes("""{"at":"2026-11-02T07:58:12.0000000Z","kind":"login-attempt","user":"alice"}""");
    private static readonly byte[] Id = SHA256.HashData(Json);

    [Fact]
    public void A_record_lacking_a_required_property_is_an_error_naming_its_id_kind_and_property()
    {
        foreach (IEvidenceSource source in new IEvidenceSource[] { new ByRow(), new InPlace() })
        {
            var error = Assert.Throws<InvalidDataException>(() => TypedEvidence.Stream<LoginAttempt>(source, At, At.AddDays(1), null).ToList());

            Assert.Contains(Convert.ToHexStringLower(Id), error.Message, StringComparison.Ordinal);
            Assert.Contains("login-attempt", error.Message, StringComparison.Ordinal);
            Assert.Contains("required property 'method'", error.Message, StringComparison.Ordinal);
        }
    }

    private class ByRow : IEvidenceSource
    {
        public IEnumerable<StoredEvidence> Query(string kind, DateTimeOffset fromInclusive, DateTimeOffset toExclusive, string? subject) =>
            [new StoredEvidence(Id, kind, At, "alice", Json)];
    }

    private sealed class InPlace : ByRow, IEvidenceRowSource
    {
        public IEnumerable<TRow> Query<TRow>(string kind, DateTimeOffset fromInclusive, DateTimeOffset toExclusive, string? subject,
            IReadOnlyList<FieldCondition> conditions, EvidenceRowReader<TRow> read) =>
            [read(new EvidenceRowView(Id, At, "alice"u8, true, Json))];
    }
}
