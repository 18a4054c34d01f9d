using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Custojo.Compliance.Sdk.Evidence;
using Custojo.Compliance.Sdk.Querying;

namespace Custojo.Compliance.Sdk.Tests.Querying;

/// <summary>
/// The reader of the store's own form must take every kind in that form and read it exactly as System.Text.Json
/// does, and give up on anything else, which the general reader then reads (or refuses) as System.Text.Json does.
/// </summary>
public sealed class CanonicalRecordReaderTests
{
    [Theory]
    [MemberData(nameof(EvidenceKindCases.Names), MemberType = typeof(EvidenceKindCases))]
    public void Every_kind_in_the_store_s_form_is_read_without_the_general_reader_and_as_System_Text_Json_reads_it(string name)
    {
        var kind = Kind(name);
        var json = StoreForm(kind, JsonSerializer.Serialize(EvidenceExamples.For(kind), kind.RecordType, EvidenceJson.Options));

        var accepted = EvidenceKindCases.AcceptedInStoreForm(kind, json);
        var read = EvidenceKindCases.Decode(kind, json);

        Assert.True(accepted, json);
        Assert.Equal(
            JsonSerializer.Serialize(JsonSerializer.Deserialize(json, kind.RecordType, EvidenceJson.PolicyReads), kind.RecordType, EvidenceJson.Options),
            JsonSerializer.Serialize(read, kind.RecordType, EvidenceJson.Options));
    }

    [Theory]
    [InlineData("{\"at\"", "{ \"at\"", "whitespace")]
    [InlineData("\"user\":\"alice\"", "\"user\":\"al\\u0069ce\"", "an escaped string")]
    [InlineData("\"at\":\"2026-11-02T07:58:12.0000000Z\"", "\"at\":\"2026-11-02T07:58:12+00:00\"", "an instant in another spelling")]
    [InlineData("\"at\":\"2026-11-02T07:58:12.0000000Z\"", "\"at\":\"2026-11-02T07:58:12.0000000+01:00\"", "an instant with an offset")]
    [InlineData("\"at\":\"2026-11-02T07:58:12.0000000Z\"", "\"at\":\"2026-11-02T07:58:12.00000Z\"", "an instant with fewer fraction digits")]
    [InlineData("\"outcome\":\"success\"", "\"outcome\":\"succ\\u0065ss\"", "an escaped enum value")]
    [InlineData("{\"at\"", "{\"extra\":{\"nested\":[1,2]},\"at\"", "an unknown property")]
    [InlineData("\"user\":\"alice\"", "\"user\":\"alice-with-a-long-name\\u0069\"", "an escape beyond the first sixteen bytes")]
    [InlineData("\"outcome\":\"success\"", "\"outcome\":\"SUCCESS\"", "an enum value in another case")]
    public void Json_in_another_form_is_left_to_the_general_reader_which_reads_it_as_System_Text_Json_does(string from, string to, string what)
    {
        var json = Login().Replace(from, to, StringComparison.Ordinal);

        Assert.Contains(to, json, StringComparison.Ordinal);
        Assert.False(Accepts<LoginAttempt>(json), what);
        Assert.Equal(JsonSerializer.Deserialize<LoginAttempt>(json, EvidenceJson.PolicyReads), Decode<LoginAttempt>(json));
    }

    [Theory]
    [InlineData("\"at\":\"2026-11-02T07:58:12.0000000Z\"", "\"at\":\"2026-02-30T07:58:12.0000000Z\"")]
    [InlineData("\"mfaUsed\":true", "\"mfaUsed\":1")]
    [InlineData("\"mfaUsed\":true", "\"mfaUsed\":null")]
    [InlineData("\"outcome\":\"success\"", "\"outcome\":\"maybe\"")]
    public void A_value_out_of_shape_or_range_is_refused_as_System_Text_Json_refuses_it(string from, string to)
    {
        var json = Login().Replace(from, to, StringComparison.Ordinal);

        Assert.Contains(to, json, StringComparison.Ordinal);
        Assert.False(Accepts<LoginAttempt>(json));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<LoginAttempt>(json, EvidenceJson.PolicyReads));
        Assert.ThrowsAny<JsonException>(() => Decode<LoginAttempt>(json));
    }

    [Theory]
    [InlineData("\"kind\":\"login-attempt\"")]
    [InlineData("\"note\":null")]
    [InlineData("\"retries\":-3.5e2")]
    [InlineData("\"flagged\":false")]
    public void A_plain_value_under_a_name_the_record_does_not_have_is_skipped_as_the_store_s_kind_is(string extra)
    {
        var json = Login().Replace("\"host\"", extra + ",\"host\"", StringComparison.Ordinal);

        Assert.True(Accepts<LoginAttempt>(json), json);
        Assert.Equal(JsonSerializer.Deserialize<LoginAttempt>(json, EvidenceJson.PolicyReads), Decode<LoginAttempt>(json));
    }

    [Theory]
    [InlineData("\"host\":\"app-01\"", "\"hostname\":\"elsewhere\",\"host\":\"app-01\"")]
    [InlineData("\"host\":\"app-01\"", "\"hos\":\"x\",\"host\":\"app-01\"")]
    [InlineData("{\"at\":\"2026-11-02T07:58:12.0000000Z\",", "{")]
    public void Names_out_of_order_or_close_to_an_expected_name_are_read_by_their_whole_name(string from, string to)
    {
        var json = Login().Replace(from, to, StringComparison.Ordinal);
        if (to == "{") json = json.Replace("}", ",\"at\":\"2026-11-02T07:58:12.0000000Z\"}", StringComparison.Ordinal);

        Assert.NotEqual(Login(), json);
        Assert.True(Accepts<LoginAttempt>(json), json);
        Assert.Equal(JsonSerializer.Deserialize<LoginAttempt>(json, EvidenceJson.PolicyReads), Decode<LoginAttempt>(json));
    }

    [Theory]
    [InlineData("jürgen")]
    [InlineData("名前")]
    [InlineData("😀 ops")]
    [InlineData("0123456789abcdef")]
    [InlineData("0123456789abcdefg")]
    [InlineData("service-account-of-the-nightly-jürgen-job")]
    [InlineData("service-account-of-the-nightly-job-名前")]
    public void A_string_beyond_ascii_is_read_by_the_store_s_reader_as_System_Text_Json_reads_it(string user)
    {
        var json = Login().Replace("\"user\":\"alice\"", $"\"user\":\"{user}\"", StringComparison.Ordinal);

        Assert.True(Accepts<LoginAttempt>(json), json);
        Assert.Equal(user, Decode<LoginAttempt>(json).User);
        Assert.Equal(JsonSerializer.Deserialize<LoginAttempt>(json, EvidenceJson.PolicyReads), Decode<LoginAttempt>(json));
    }

    [Theory]
    [InlineData("\"user\":\"al\tce\"")]
    [InlineData("\"user\":\"al\u0001ce\"")]
    [InlineData("\"user\":\"alice")]
    [InlineData("\"user\":\"0123456789abcdefghij\tkl\"")]
    [InlineData("\"user\":\"0123456789abcdef\u001f\"")]
    [InlineData("\"user\":\"0123456789abcdefghijklmnopqrstuvwxyz")]
    public void A_string_with_a_raw_control_character_or_no_end_is_refused_as_System_Text_Json_refuses_it(string user)
    {
        var json = Login().Replace("\"user\":\"alice\"", user, StringComparison.Ordinal);
        if (!json.Contains("alice\"", StringComparison.Ordinal)) json = json[..(json.IndexOf(user, StringComparison.Ordinal) + user.Length)];

        Assert.False(Accepts<LoginAttempt>(json), json);
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<LoginAttempt>(json, EvidenceJson.PolicyReads));
        Assert.ThrowsAny<JsonException>(() => Decode<LoginAttempt>(json));
    }

    [Fact]
    public void A_string_that_is_not_valid_utf8_is_refused_as_System_Text_Json_refuses_it()
    {
        var bytes = Encoding.UTF8.GetBytes(Login().Replace("\"user\":\"alice\"", "\"user\":\"aléce\"", StringComparison.Ordinal));
        bytes[Array.IndexOf(bytes, (byte)0xC3) + 1] = (byte)'x'; // a lead byte without its continuation

        Assert.False(CanonicalRecordReader.TryRead(bytes, RecordDecoder<LoginAttempt>.Properties, new DecodedValues(RecordDecoder<LoginAttempt>.Properties.Length)));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<LoginAttempt>(bytes, EvidenceJson.PolicyReads));
        Assert.ThrowsAny<JsonException>(() => RecordDecoder<LoginAttempt>.Decode(bytes));
        using (StringPool.Use(new StringPool()))
            Assert.ThrowsAny<JsonException>(() => RecordDecoder<LoginAttempt>.Decode(bytes));
    }

    [Fact]
    public void A_null_string_is_read_as_null_as_System_Text_Json_reads_it()
    {
        var json = Login().Replace("\"user\":\"alice\"", "\"user\":null", StringComparison.Ordinal);

        Assert.True(Accepts<LoginAttempt>(json));
        Assert.Null(JsonSerializer.Deserialize<LoginAttempt>(json, EvidenceJson.PolicyReads)!.User);
        Assert.Null(Decode<LoginAttempt>(json).User);
    }

    [Theory]
    [InlineData("cpuPercent", "97")]
    [InlineData("cpuPercent", "97.25")]
    [InlineData("cpuPercent", "-0.5")]
    [InlineData("cpuPercent", "1e2")]
    [InlineData("cpuPercent", "1.5E-3")]
    [InlineData("cpuPercent", "012")]
    [InlineData("cpuPercent", "1.")]
    public void Numbers_are_read_as_System_Text_Json_reads_them_or_left_to_it(string property, string number)
    {
        var sample = JsonNode.Parse(StoreForm(Kind("resource-sample"), JsonSerializer.Serialize(ResourceSample.Example, EvidenceJson.Options)))!.AsObject();
        var json = sample.ToJsonString().Replace($"\"{property}\":{sample[property]!.ToJsonString()}", $"\"{property}\":{number}", StringComparison.Ordinal);

        var expected = Record.Exception(() => JsonSerializer.Deserialize<ResourceSample>(json, EvidenceJson.PolicyReads)) is null
            ? JsonSerializer.Serialize(JsonSerializer.Deserialize<ResourceSample>(json, EvidenceJson.PolicyReads), EvidenceJson.Options)
            : "refused";
        var actual = Record.Exception(() => Decode<ResourceSample>(json)) is null
            ? JsonSerializer.Serialize(Decode<ResourceSample>(json), EvidenceJson.Options)
            : "refused";

        Assert.Contains(number, json, StringComparison.Ordinal);
        Assert.Equal(expected, actual);
    }

    /// <summary>The example as the store writes records: tagged with its kind, names in ordinal order, instants in UTC with seven decimals.</summary>
    private static string StoreForm(EvidenceKindInfo kind, string json)
    {
        var instants = kind.RecordType.GetProperties()
            .Where(p => (Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType) == typeof(DateTimeOffset))
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToHashSet(StringComparer.Ordinal);
        var record = JsonNode.Parse(json)!.AsObject();
        record["kind"] = kind.Name;
        var sorted = new JsonObject();
        foreach (var (name, value) in record.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            sorted[name] = instants.Contains(name) && value is not null
                ? value.GetValue<DateTimeOffset>().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)
                : value?.DeepClone();
        }
        return sorted.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static string Login() => StoreForm(Kind("login-attempt"), JsonSerializer.Serialize(LoginAttempt.Example, EvidenceJson.Options));

    private static EvidenceKindInfo Kind(string name) => EvidenceKindCases.Kind(name);

    private static bool Accepts<T>(string json) where T : EvidenceRecord => EvidenceKindCases.AcceptsAs<T>(json);

    private static T Decode<T>(string json) where T : EvidenceRecord => EvidenceKindCases.DecodeAs<T>(json);
}
