using Custojo.Compliance.Sdk.Evidence;
using Custojo.Compliance.Sdk.Querying;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Sdk.Tests.Querying;

public sealed class ShareableRecordsTests
{
    [Fact]
    public void Every_evidence_kind_of_the_sdk_can_be_shared_between_controls()
    {
        var notShareable = EvidenceKinds.All.Where(k => !ShareableRecords.IsShareable(k.RecordType)).Select(k => k.Name);
        Assert.Empty(notShareable);
    }

    [Theory]
    [InlineData(typeof(WithMutableList))]
    [InlineData(typeof(WithSetter))]
    [InlineData(typeof(WithArray))]
    public void A_record_a_control_could_change_is_read_afresh_for_each_control(Type recordType) =>
        Assert.False(ShareableRecords.IsShareable(recordType));

    [Fact]
    public void A_reference_read_from_the_store_equals_the_same_reference_spelled_out()
    {
        var hash = Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray();
        var at = new DateTimeOffset(2026, 11, 2, 7, 0, 0, TimeSpan.Zero);
        var stored = new StoredEvidence(hash, "login-attempt", at, "alice", "{}"u8.ToArray()).ToRef();
        var spelled = new EvidenceRef(Convert.ToHexStringLower(hash), "login-attempt", at);

        Assert.Equal(spelled, stored);
        Assert.Equal(spelled.GetHashCode(), stored.GetHashCode());
        Assert.Equal(spelled.Id, stored.Id);
        Assert.NotEqual(spelled, stored with { Id = "f" + spelled.Id[1..] });
        Assert.NotEqual(stored, new StoredEvidence([.. hash[..31], 1], "login-attempt", at, "alice", "{}"u8.ToArray()).ToRef());
    }

    [Fact]
    public void A_stored_id_of_another_length_than_a_hash_is_kept_spelled_out_as_it_is()
    {
        var at = new DateTimeOffset(2026, 11, 2, 7, 0, 0, TimeSpan.Zero);

        var edited = new StoredEvidence([0xab, 0x01], "login-attempt", at, null, "{}"u8.ToArray()).ToRef();

        Assert.Equal("ab01", edited.Id);
        Assert.Equal(new EvidenceRef("ab01", "login-attempt", at), edited);
    }

    private sealed record WithMutableList(List<string> Items) : EvidenceRecord;

    private sealed record WithArray(string[] Items) : EvidenceRecord;

    private sealed record WithSetter : EvidenceRecord
    {
        public string Name { get; set; } = "";
    }
}
