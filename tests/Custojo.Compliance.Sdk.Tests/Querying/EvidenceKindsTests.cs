using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Sdk.Tests.Querying;

public sealed class EvidenceKindsTests
{
    [Theory]
    [MemberData(nameof(EvidenceKindCases.Names), MemberType = typeof(EvidenceKindCases))]
    public void A_kind_looked_up_by_its_record_type_is_the_kind_of_the_catalogue(string name)
    {
        var listed = EvidenceKindCases.Kind(name);

        Assert.Same(listed, EvidenceKinds.Of(listed.RecordType));
    }

    [Fact]
    public void A_record_type_without_the_kind_attribute_is_refused_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => EvidenceKinds.Of(typeof(UnmarkedRecord)));

        Assert.Contains("UnmarkedRecord is not an evidence kind", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalogue_lists_each_kind_once_in_name_order()
    {
        var names = EvidenceKinds.All.Select(k => k.Name).ToList();

        Assert.Equal(names.Order(StringComparer.Ordinal).Distinct(), names);
        Assert.Contains("login-attempt", names);
    }

    private sealed record UnmarkedRecord : EvidenceRecord;
}
