using System.Collections.ObjectModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Custojo.Compliance.Sdk.Querying;

/// <summary>
/// Reads string lists of evidence records as read-only collections, so a record handed to several controls
/// cannot be changed by one of them (a plain list would be, by a cast).
/// </summary>
internal sealed class ReadOnlyStringListConverter : JsonConverter<IReadOnlyList<string>>
{
    public override IReadOnlyList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("Expected a JSON array of strings.");
        var items = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String) throw new JsonException($"Expected a string, found {reader.TokenType}.");
            items.Add(StringPool.Current is { } pool && !reader.ValueIsEscaped ? pool.Intern(reader.ValueSpan) : reader.GetString()!);
        }
        return new ReadOnlyCollection<string>(items);
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value) writer.WriteStringValue(item);
        writer.WriteEndArray();
    }
}
