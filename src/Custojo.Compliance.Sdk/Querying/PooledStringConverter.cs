using System.Text.Json;
using System.Text.Json.Serialization;

namespace Custojo.Compliance.Sdk.Querying;

/// <summary>Reads JSON strings through the thread's <see cref="StringPool"/> when one is in use.</summary>
internal sealed class PooledStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String) throw new JsonException($"Expected a string, found {reader.TokenType}.");
        if (StringPool.Current is not { } pool || reader.ValueIsEscaped || reader.HasValueSequence) return reader.GetString();
        return pool.Intern(reader.ValueSpan);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
