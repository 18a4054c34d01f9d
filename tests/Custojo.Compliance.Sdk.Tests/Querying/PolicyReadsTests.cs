using System.Text.Json;
using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Sdk.Tests.Querying;

public sealed class PolicyReadsTests
{
    [Theory]
    [MemberData(nameof(EvidenceKindCases.Names), MemberType = typeof(EvidenceKindCases))]
    public void Every_kind_reads_back_as_it_was_written(string name)
    {
        Assert.True(EvidenceKinds.TryGet(name, out var kind));
        var example = EvidenceExamples.For(kind);
        var json = JsonSerializer.Serialize(example, kind.RecordType, EvidenceJson.Options);

        var read = JsonSerializer.Deserialize(json, kind.RecordType, EvidenceJson.PolicyReads);

        Assert.Equal(json, JsonSerializer.Serialize(read, kind.RecordType, EvidenceJson.Options));
    }
}
