using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Sdk.Tests.Querying;

public sealed class MatchTests
{
    [Fact]
    public void A_property_the_record_does_not_have_is_refused_naming_the_properties_it_has()
    {
        var error = Assert.Throws<ArgumentException>(() => Match<LoginAttempt>.Where("Outcom", LoginOutcome.Failure));

        Assert.Contains("LoginAttempt has no property 'Outcom'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Outcome", error.Message, StringComparison.Ordinal);
        Assert.Contains("nameof(LoginAttempt.Property)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_instant_or_a_list_cannot_be_matched()
    {
        var instant = Assert.Throws<ArgumentException>(() => Match<LoginAttempt>.Where(nameof(LoginAttempt.At), DateTimeOffset.UnixEpoch));
        var list = Assert.Throws<ArgumentException>(() => Match<Account>.Where(nameof(Account.Roles), "admin"));

        Assert.Contains("LoginAttempt.At is a DateTimeOffset", instant.Message, StringComparison.Ordinal);
        Assert.Contains("time range", instant.Message, StringComparison.Ordinal);
        Assert.Contains("Account.Roles", list.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_another_type_is_refused_naming_both_types()
    {
        var error = Assert.Throws<ArgumentException>(() => Match<LoginAttempt>.Where(nameof(LoginAttempt.Outcome), "failure"));

        Assert.Contains("LoginAttempt.Outcome is a LoginOutcome; the value given is a String (failure)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_is_refused_for_a_property_that_is_never_null_and_accepted_for_an_optional_one()
    {
        var error = Assert.Throws<ArgumentException>(() => Match<LoginAttempt>.Where(nameof(LoginAttempt.User), null));

        Assert.Contains("LoginAttempt.User is never null", error.Message, StringComparison.Ordinal);
        Assert.Equal("LoginAttempt.Host = null", Match<LoginAttempt>.Where(nameof(LoginAttempt.Host), null).ToString());
    }

    [Fact]
    public void An_enum_value_that_is_not_a_member_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Match<LoginAttempt>.Where(nameof(LoginAttempt.Outcome), (LoginOutcome)42));

        Assert.Contains("42 is not a member of LoginOutcome", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_store_compares_the_value_as_json_extract_returns_it()
    {
        var match = Match<LoginAttempt>.Where(nameof(LoginAttempt.Outcome), LoginOutcome.Failure)
            .And(nameof(LoginAttempt.MfaUsed), true)
            .And(nameof(LoginAttempt.SourceIp), "192.0.2.10");

        Assert.Equal(["$.\"outcome\"", "$.\"mfaUsed\"", "$.\"sourceIp\""], match.Conditions.Select(c => c.JsonPath));
        Assert.Equal<object?>(["failure", 1L, "192.0.2.10"], match.Conditions.Select(c => c.StoredValue));
        Assert.Equal("LoginAttempt.Outcome = Failure and LoginAttempt.MfaUsed = True and LoginAttempt.SourceIp = 192.0.2.10", match.ToString());
    }

    [Fact]
    public void A_whole_number_matches_an_int_or_a_long_property_given_either()
    {
        var stats = CacheStats.Example;
        var review = AccessReview.Example;

        Assert.True(Match<CacheStats>.Where(nameof(CacheStats.Hits), (int)stats.Hits).Conditions.Single().Holds(stats));
        Assert.False(Match<CacheStats>.Where(nameof(CacheStats.Hits), stats.Hits + 1).Conditions.Single().Holds(stats));
        Assert.True(Match<AccessReview>.Where(nameof(AccessReview.AccountsReviewed), (long)review.AccountsReviewed).Conditions.Single().Holds(review));
        Assert.Contains("out of its range", Assert.Throws<ArgumentException>(() => Match<AccessReview>.Where(nameof(AccessReview.AccountsReviewed), long.MaxValue)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EvidenceKindCases.Names), MemberType = typeof(EvidenceKindCases))]
    public void Every_property_a_kind_indexes_can_be_matched(string name)
    {
        Assert.True(EvidenceKinds.TryGet(name, out var kind));
        foreach (var indexed in kind.IndexedProperties)
        {
            var property = kind.RecordType.GetProperties().SingleOrDefault(p => string.Equals(p.Name, indexed, StringComparison.OrdinalIgnoreCase));
            Assert.True(property is not null, $"{name} indexes '{indexed}', which its record does not have.");
            var example = kind.RecordType.GetProperty(nameof(LoginAttempt.Example))!.GetValue(null)!;
            Assert.Equal($"$.\"{indexed}\"", Sdk.Querying.FieldCondition.For(kind.RecordType, property.Name, property.GetValue(example)).JsonPath);
        }
    }
}
