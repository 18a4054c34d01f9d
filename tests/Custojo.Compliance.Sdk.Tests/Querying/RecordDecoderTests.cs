using System.Collections.ObjectModel;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Custojo.Compliance.Sdk.Evidence;
using Custojo.Compliance.Sdk.Querying;

namespace Custojo.Compliance.Sdk.Tests.Querying;

/// <summary>The planned reading of evidence records must give exactly what System.Text.Json gives, for every kind.</summary>
public sealed class RecordDecoderTests
{
    [Theory]
    [MemberData(nameof(EvidenceKindCases.Names), MemberType = typeof(EvidenceKindCases))]
    public void Every_kind_has_a_plan_and_reads_its_example_as_System_Text_Json_does(string name)
    {
        var kind = Kind(name);
        var json = JsonSerializer.Serialize(EvidenceExamples.For(kind), kind.RecordType, EvidenceJson.Options);

        Assert.True(EvidenceKindCases.HasPlan(kind));
        Assert.Equal(json, Reserialize(kind, Decode(kind, json)));
        Assert.Equal(Reserialize(kind, JsonSerializer.Deserialize(json, kind.RecordType, EvidenceJson.PolicyReads)!), Reserialize(kind, Decode(kind, json)));
    }

    [Theory]
    [MemberData(nameof(EvidenceKindCases.Names), MemberType = typeof(EvidenceKindCases))]
    public void Optional_properties_left_out_or_null_read_as_System_Text_Json_reads_them(string name)
    {
        var kind = Kind(name);
        var example = JsonNode.Parse(JsonSerializer.Serialize(EvidenceExamples.For(kind), kind.RecordType, EvidenceJson.Options))!.AsObject();
        var optional = kind.RecordType.GetProperties().Where(p => p.SetMethod is not null && !p.IsDefined(typeof(System.Runtime.CompilerServices.RequiredMemberAttribute)))
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToList();
        var withoutOptional = example.DeepClone().AsObject();
        foreach (var property in optional) withoutOptional.Remove(property);
        var nullOptional = example.DeepClone().AsObject();
        foreach (var property in optional.Where(p => AllowsNull(kind, p))) nullOptional[property] = null;

        foreach (var json in new[] { withoutOptional.ToJsonString(), nullOptional.ToJsonString() })
        {
            var expected = JsonSerializer.Deserialize(json, kind.RecordType, EvidenceJson.PolicyReads)!;
            Assert.Equal(Reserialize(kind, expected), Reserialize(kind, Decode(kind, json)));
        }
    }

    [Fact]
    public void Every_value_of_every_enum_a_kind_uses_is_spelled_as_System_Text_Json_spells_it()
    {
        var enums = EvidenceKinds.All.SelectMany(k => k.RecordType.GetProperties())
            .Select(p => Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType).Where(t => t.IsEnum).Distinct().ToList();
        var checkedValues = 0;
        foreach (var type in enums)
        {
            foreach (var value in Enum.GetValues(type))
            {
                var spelling = JsonSerializer.Serialize(value, type, EvidenceJson.Options);
                Assert.Equal(value, ReadEnum(type, spelling));
                checkedValues++;
            }
        }
        Assert.True(checkedValues > 60, $"only {checkedValues} enum values found");
    }

    [Fact]
    public void Unknown_properties_are_skipped_in_any_order_and_string_lists_come_back_read_only()
    {
        var account = JsonNode.Parse(JsonSerializer.Serialize(Account.Example, EvidenceJson.Options))!.AsObject();
        var reordered = new JsonObject { ["extra"] = new JsonObject { ["nested"] = new JsonArray(1, 2) } };
        foreach (var (name, value) in account.Reverse()) reordered[name] = value?.DeepClone();

        var read = (Account)Decode(Kind("account"), reordered.ToJsonString());

        Assert.Equal(JsonSerializer.Serialize(Account.Example, EvidenceJson.Options), JsonSerializer.Serialize(read, EvidenceJson.Options));
        Assert.IsType<ReadOnlyCollection<string>>(read.Roles);
    }

    [Fact]
    public void Escaped_names_and_strings_read_as_their_text()
    {
        var json = LoginJson().Replace("\"user\":\"alice\"", "\"\\u0075ser\":\"al\\u0069ce\\n\"", StringComparison.Ordinal);

        var read = RecordDecoder<LoginAttempt>.Decode(Encoding.UTF8.GetBytes(json));

        Assert.Contains("\\u0075ser", json, StringComparison.Ordinal);
        Assert.Equal("alice\n", read.User);
        Assert.Equal(JsonSerializer.Deserialize<LoginAttempt>(json, EvidenceJson.PolicyReads), read);
    }

    [Theory]
    [InlineData("at", null, "required property 'at'")]
    [InlineData("mfaUsed", "null", "'mfaUsed'")]
    [InlineData("mfaUsed", "\"yes\"", "'mfaUsed'")]
    [InlineData("outcome", "\"maybe\"", "'maybe' is not a value of LoginOutcome")]
    [InlineData("at", "\"2026-11-02 07:58\"", "'at'")]
    [InlineData("user", "42", "'user'")]
    public void A_record_System_Text_Json_refuses_is_refused_naming_the_property(string property, string? value, string message)
    {
        var json = LoginJson((property, value));

        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<LoginAttempt>(json, EvidenceJson.PolicyReads));
        var error = Assert.ThrowsAny<JsonException>(() => RecordDecoder<LoginAttempt>.Decode(Encoding.UTF8.GetBytes(json)));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Strings_read_while_a_pool_is_in_use_are_the_pooled_instances()
    {
        var pool = new StringPool();
        var json = Encoding.UTF8.GetBytes(LoginJson());
        using (StringPool.Use(pool))
        {
            var first = RecordDecoder<LoginAttempt>.Decode(json);
            var second = RecordDecoder<LoginAttempt>.Decode(json);

            Assert.Same(first.User, second.User);
            Assert.Same(pool.Intern("alice"), first.User);
        }
        Assert.NotSame(RecordDecoder<LoginAttempt>.Decode(json).User, RecordDecoder<LoginAttempt>.Decode(json).User);
    }

    [Fact]
    public void A_kind_with_a_property_no_setter_delegate_fits_is_read_by_System_Text_Json_with_the_same_result()
    {
        var json = """{"at":"2026-11-02T07:58:12+00:00","shade":"dark-blue","size":"large","count":3}""";

        var read = RecordDecoder<ShadedRecord>.Decode(Encoding.UTF8.GetBytes(json));

        Assert.False(RecordDecoder<ShadedRecord>.HasPlan);
        Assert.False(RecordDecoder<ByteShadedRecord>.HasPlan);
        Assert.True(RecordDecoder<SizedRecord>.HasPlan);
        Assert.Equal(Shade.DarkBlue, RecordDecoder<ByteShadedRecord>.Decode(Encoding.UTF8.GetBytes(json)).Shade);
        Assert.Equal(JsonSerializer.Deserialize<ShadedRecord>(json, EvidenceJson.PolicyReads), read);
        Assert.Equal(new ShadedRecord { At = new DateTimeOffset(2026, 11, 2, 7, 58, 12, TimeSpan.Zero), Shade = Shade.DarkBlue, Count = 3 }, read);
        Assert.Equal(JsonSerializer.Deserialize<SizedRecord>(json, EvidenceJson.PolicyReads), RecordDecoder<SizedRecord>.Decode(Encoding.UTF8.GetBytes(json)));
    }

    private static string LoginJson(params (string Property, string? Value)[] changes)
    {
        var record = JsonNode.Parse(JsonSerializer.Serialize(LoginAttempt.Example, EvidenceJson.Options))!.AsObject();
        foreach (var (property, value) in changes)
        {
            if (value is null) record.Remove(property);
            else record[property] = JsonNode.Parse(value);
        }
        return record.ToJsonString();
    }

    private static object ReadEnum(Type enumType, string spelling)
    {
        var property = EvidenceKinds.All.SelectMany(k => k.RecordType.GetProperties().Select(p => (Kind: k, Property: p)))
            .First(x => (Nullable.GetUnderlyingType(x.Property.PropertyType) ?? x.Property.PropertyType) == enumType);
        var record = JsonNode.Parse(JsonSerializer.Serialize(EvidenceExamples.For(property.Kind), property.Kind.RecordType, EvidenceJson.Options))!.AsObject();
        record[JsonNamingPolicy.CamelCase.ConvertName(property.Property.Name)] = JsonNode.Parse(spelling);
        return property.Property.GetValue(Decode(property.Kind, record.ToJsonString()))!;
    }

    private static bool AllowsNull(EvidenceKindInfo kind, string jsonName)
    {
        var property = kind.RecordType.GetProperties().Single(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name) == jsonName);
        return !property.PropertyType.IsValueType || Nullable.GetUnderlyingType(property.PropertyType) is not null;
    }

    private static EvidenceKindInfo Kind(string name) => EvidenceKindCases.Kind(name);

    private static string Reserialize(EvidenceKindInfo kind, object record) => JsonSerializer.Serialize(record, kind.RecordType, EvidenceJson.Options);

    private static object Decode(EvidenceKindInfo kind, string json) => EvidenceKindCases.Decode(kind, json);

    public enum Shade : byte
    {
        Light,
        DarkBlue,
    }

    public enum Size
    {
        Small,
        Large,
    }

    /// <summary>A nullable enum: no setter delegate takes it as a number.</summary>
    public sealed record ShadedRecord : EvidenceRecord
    {
        public required DateTimeOffset At { get; init; }
        public Shade? Shade { get; init; }
        public int Count { get; init; }
    }

    /// <summary>An enum backed by a byte: no setter delegate takes it as an int.</summary>
    public sealed record ByteShadedRecord : EvidenceRecord
    {
        public required DateTimeOffset At { get; init; }
        public Shade Shade { get; init; }
    }

    public sealed record SizedRecord : EvidenceRecord
    {
        public required DateTimeOffset At { get; init; }
        public Size Size { get; init; } = Size.Small;
        public int? Count { get; init; }
    }
}
