using Custojo.Compliance.Evidence.Import;
using Custojo.Compliance.Evidence.Import.Fast;
using Custojo.Compliance.Evidence.Schemas;
using Custojo.Compliance.Sdk.Evidence;
using Newtonsoft.Json.Linq;

namespace Custojo.Compliance.Evidence.Tests.Import;

/// <summary>The fast path may only accept what the NJsonSchema path accepts, and must store it identically.</summary>
public sealed class FastPathTests
{
    private static readonly JToken[] Values =
    [
        JValue.CreateNull(), new JValue(1), new JValue(-7), new JValue(1.5), new JValue(1.0), new JValue(1e300), new JValue(long.MaxValue),
        new JValue(3_000_000_000L), new JValue(true), new JValue("x"), new JValue("café \"quoted\"\n\u00e9 \u2028 <tag>"), new JArray(),
        new JArray("a", "b"), new JArray(1, 2), new JObject(), new JValue("2026-11-02T07:58:12"), new JValue("2026-11-02T07:58:12+01:00"),
        new JValue("2026-11-02t07:58:12.123456789z"), new JValue("2026-11-02"), new JValue("success"), new JValue("failed"), new JValue("full"),
    ];

    public static TheoryData<string> Kinds() => [.. EvidenceKinds.All.Select(k => k.Name)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_has_a_fast_path_that_stores_its_example_like_the_schema_path(string kind)
    {
        var json = Records.Example(kind);

        var fast = FastRecordReader.TryAccept(json);

        Assert.NotNull(EvidenceSchemas.Get(kind).Shape);
        Assert.NotNull(fast);
        AssertSame(Slow(json), fast);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Fast_path_accepts_only_what_the_schema_path_accepts_and_stores_it_identically(string kind)
    {
        var example = Records.Parse(Records.Example(kind));
        var accepted = 0;
        foreach (var json in Mutations(example))
        {
            var fast = FastRecordReader.TryAccept(json);
            var slow = Slow(json);
            if (fast is null) continue;
            Assert.True(slow is not null, $"The fast path accepted what NJsonSchema rejects: {json}");
            AssertSame(slow, fast);
            accepted++;
        }
        Assert.True(accepted > 0);
    }

    [Theory]
    [InlineData("jürgen")]
    [InlineData("名前 \u2028 <tag> &amp; 😀")]
    [InlineData("al\\u0069ce \\\"quoted\\\"")]
    public void Strings_written_plain_or_escaped_are_stored_like_the_schema_path_stores_them(string user)
    {
        var json = Records.Login(1).Replace("\"user\":\"alice\"", $"\"user\":\"{user}\"", StringComparison.Ordinal);

        var fast = FastRecordReader.TryAccept(json);

        Assert.Contains(user, json, StringComparison.Ordinal);
        Assert.NotNull(fast);
        AssertSame(Slow(json), fast);
    }

    [Fact]
    public void A_repeated_property_an_escaped_name_or_a_line_longer_than_the_thread_buffer_is_handled_like_the_schema_path()
    {
        var repeated = Records.Login(1).Replace("{", "{\"user\":\"bob\",", StringComparison.Ordinal);
        var escapedName = Records.Login(1).Replace("\"user\"", "\"us\\u0065r\"", StringComparison.Ordinal);
        var longLine = Records.Login(1).Replace("\"user\":\"alice\"", $"\"user\":\"{new string('a', 40_000)}\"", StringComparison.Ordinal);

        Assert.Null(FastRecordReader.TryAccept(repeated));
        Assert.Null(FastRecordReader.TryAccept(escapedName));
        AssertSame(Slow(longLine), FastRecordReader.TryAccept(longLine)!);
        AssertSame(Slow(Records.Login(2)), FastRecordReader.TryAccept(Records.Login(2))!);
    }

    [Fact]
    public void Fast_path_leaves_malformed_and_unusual_records_to_the_schema_path()
    {
        string[] unusual =
        [
            "", "[]", "{", "{}", "{\"kind\":\"login-attempt\"} {}", Records.Login(1).Replace("{", "{\"kind\":\"patch\",", StringComparison.Ordinal),
            Records.Login(1).Replace("\"mfaUsed\":true", "\"mfaUsed\":1", StringComparison.Ordinal),
            Records.Login(1).Replace("\"host\":\"app-01\"", "\"host\":{\"name\":\"app-01\"}", StringComparison.Ordinal),
        ];

        Assert.All(unusual, json => Assert.Null(FastRecordReader.TryAccept(json)));
    }

    private static IEnumerable<string> Mutations(JObject example)
    {
        yield return example.ToString(Newtonsoft.Json.Formatting.None);
        foreach (var property in example.Properties().Select(p => p.Name).ToList())
        {
            var removed = (JObject)example.DeepClone();
            removed.Remove(property);
            yield return removed.ToString(Newtonsoft.Json.Formatting.None);
            foreach (var value in Values)
            {
                var changed = (JObject)example.DeepClone();
                changed[property] = value.DeepClone();
                yield return changed.ToString(Newtonsoft.Json.Formatting.None);
            }
        }
        var extra = (JObject)example.DeepClone();
        extra["unexpected"] = 1;
        yield return extra.ToString(Newtonsoft.Json.Formatting.None);
        var reordered = new JObject(example.Properties().Reverse().Select(p => new JProperty(p.Name, p.Value)));
        yield return reordered.ToString(Newtonsoft.Json.Formatting.Indented);
    }

    private static ValidatedRecord? Slow(string json) => RecordValidator.ValidateWithSchema(new RawRecord(json, 1), "test", []);

    private static void AssertSame(ValidatedRecord? expected, ValidatedRecord actual)
    {
        Assert.NotNull(expected);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected.Json), System.Text.Encoding.UTF8.GetString(actual.Json));
        Assert.Equal((Convert.ToHexString(expected.Id), expected.Kind, expected.ObservedTicks, expected.Subject),
            (Convert.ToHexString(actual.Id), actual.Kind, actual.ObservedTicks, actual.Subject));
    }
}
