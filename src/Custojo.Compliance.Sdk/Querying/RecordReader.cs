using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Custojo.Compliance.Sdk.Querying;

/// <summary>
/// Reads the JSON object of one evidence record into <see cref="DecodedValues"/>: in the store's own form through
/// <see cref="CanonicalRecordReader"/>, any other JSON property by property, under the rules System.Text.Json
/// applies with <see cref="Evidence.EvidenceJson"/>'s options: names match exactly, unknown properties are skipped,
/// a required property must be there, null only where the type allows it, strings go through the thread's
/// <see cref="StringPool"/> and string lists come back read-only.
/// </summary>
internal static class RecordReader
{
    /// <param name="properties">In the order the store's canonical JSON lists them (ordinal by name), which makes the
    /// next property the one expected.</param>
    public static void Read(ReadOnlySpan<byte> json, RecordProperty[] properties, DecodedValues values)
    {
        if (!CanonicalRecordReader.TryRead(json, properties, values))
        {
            try
            {
                ReadAnyJson(json, properties, values);
            }
            catch (InvalidOperationException e)
            {
                // Utf8JsonReader's refusal of text it cannot transcode, which System.Text.Json reports as a JsonException.
                throw new JsonException(e.Message, e);
            }
        }
        for (var i = 0; i < properties.Length; i++)
        {
            if (properties[i].Required && !values.Present[i])
                throw new JsonException($"The record lacks its required property '{Encoding.UTF8.GetString(properties[i].Name)}'.");
        }
    }

    private static void ReadAnyJson(ReadOnlySpan<byte> json, RecordProperty[] properties, DecodedValues values)
    {
        values.Clear();
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException($"An evidence record is a JSON object, not {reader.TokenType}.");
        var expected = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = Find(ref reader, properties, expected);
            reader.Read();
            if (index < 0)
            {
                reader.Skip();
                continue;
            }
            expected = index + 1;
            ReadValue(ref reader, properties[index], index, values);
        }
    }

    private static int Find(ref Utf8JsonReader reader, RecordProperty[] properties, int expected) =>
        RecordProperty.Find(reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan, properties, expected);

    private static void ReadValue(ref Utf8JsonReader reader, RecordProperty property, int index, DecodedValues values)
    {
        values.Present[index] = true;
        values.IsNull[index] = reader.TokenType == JsonTokenType.Null;
        if (values.IsNull[index])
        {
            if (!property.AllowsNull) throw Invalid(property, "null");
            return;
        }
        switch (property.Kind)
        {
            case RecordValueKind.String:
                values.References[index] = ReadString(ref reader, property);
                break;
            case RecordValueKind.StringList:
                values.References[index] = ReadStringList(ref reader, property);
                break;
            case RecordValueKind.Int32:
                Expect(ref reader, JsonTokenType.Number, property);
                values.Numbers[index] = reader.TryGetInt32(out var int32) ? int32 : throw Invalid(property, "out of range for a 32-bit integer");
                break;
            case RecordValueKind.Int64:
                Expect(ref reader, JsonTokenType.Number, property);
                values.Numbers[index] = reader.TryGetInt64(out var int64) ? int64 : throw Invalid(property, "out of range for a 64-bit integer");
                break;
            case RecordValueKind.Double:
                Expect(ref reader, JsonTokenType.Number, property);
                values.Doubles[index] = reader.TryGetDouble(out var number) ? number : throw Invalid(property, "out of range for a number");
                break;
            case RecordValueKind.Boolean:
                values.Numbers[index] = reader.TokenType switch
                {
                    JsonTokenType.True => 1,
                    JsonTokenType.False => 0,
                    var other => throw Invalid(property, other.ToString()),
                };
                break;
            case RecordValueKind.Instant:
                Expect(ref reader, JsonTokenType.String, property);
                values.Instants[index] = reader.TryGetDateTimeOffset(out var instant) ? instant : throw Invalid(property, "not an ISO 8601 instant");
                break;
            case RecordValueKind.Enum:
                values.Numbers[index] = ReadEnum(ref reader, property);
                break;
        }
    }

    private static string ReadString(ref Utf8JsonReader reader, RecordProperty property)
    {
        Expect(ref reader, JsonTokenType.String, property);
        // Refused as System.Text.Json refuses it (the pool's decoding would replace the bytes instead).
        if (!reader.ValueIsEscaped && !Utf8.IsValid(reader.ValueSpan))
            throw new JsonException($"The value of '{Encoding.UTF8.GetString(property.Name)}' is not valid UTF-8.");
        return StringPool.Current is { } pool && !reader.ValueIsEscaped ? pool.Intern(reader.ValueSpan) : reader.GetString()!;
    }

    private static IReadOnlyList<string> ReadStringList(ref Utf8JsonReader reader, RecordProperty property)
    {
        Expect(ref reader, JsonTokenType.StartArray, property);
        var items = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) items.Add(ReadString(ref reader, property));
        return items.AsReadOnly();
    }

    private static long ReadEnum(ref Utf8JsonReader reader, RecordProperty property)
    {
        Expect(ref reader, JsonTokenType.String, property);
        foreach (var (name, value) in property.EnumValues)
        {
            if (reader.ValueTextEquals(name)) return value;
        }
        // System.Text.Json also accepts an enum value in another letter case.
        var text = reader.GetString()!;
        foreach (var (name, value) in property.EnumValues)
        {
            if (string.Equals(Encoding.UTF8.GetString(name), text, StringComparison.OrdinalIgnoreCase)) return value;
        }
        throw Invalid(property, $"'{text}' is not a value of {property.ValueType.Name}");
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token, RecordProperty property)
    {
        if (reader.TokenType != token) throw Invalid(property, reader.TokenType.ToString());
    }

    private static JsonException Invalid(RecordProperty property, string found) =>
        new($"The JSON value of '{Encoding.UTF8.GetString(property.Name)}' cannot be read as {property.Property.PropertyType.Name}: {found}.");
}
