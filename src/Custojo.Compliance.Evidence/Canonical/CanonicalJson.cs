using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Text.Encodings.Web;
using System.Text.Json;
using Newtonsoft.Json.Linq;

namespace Custojo.Compliance.Evidence.Canonical;

/// <summary>
/// The canonical form of a validated record, which is what is stored, hashed and read by policies:
/// keys in ordinal order at every level, no whitespace, null-valued properties dropped, numbers in
/// shortest round-trip form, and the kind's instants in UTC as <c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>.
/// </summary>
internal static class CanonicalJson
{
    public const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = true,
    };


    /// <summary>Writes the canonical UTF-8 of <paramref name="record"/> into <paramref name="output"/>.</summary>
    public static void Write(JObject record, ISet<string> instantProperties, ArrayBufferWriter<byte> output)
    {
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        WriteObject(writer, record, instantProperties);
        writer.Flush();
    }

    /// <summary>Writes <paramref name="instant"/> in UTC as <see cref="InstantFormat"/> spells it, without formatting through a culture.</summary>
    public static void WriteInstant(Utf8JsonWriter writer, DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        Span<byte> text = stackalloc byte[28];
        Digits(text[..4], utc.Year);
        text[4] = (byte)'-';
        Digits(text.Slice(5, 2), utc.Month);
        text[7] = (byte)'-';
        Digits(text.Slice(8, 2), utc.Day);
        text[10] = (byte)'T';
        Digits(text.Slice(11, 2), utc.Hour);
        text[13] = (byte)':';
        Digits(text.Slice(14, 2), utc.Minute);
        text[16] = (byte)':';
        Digits(text.Slice(17, 2), utc.Second);
        text[19] = (byte)'.';
        Digits(text.Slice(20, 7), (int)(utc.Ticks % TimeSpan.TicksPerSecond));
        text[27] = (byte)'Z';
        writer.WriteStringValue(text);
    }

    private static void Digits(Span<byte> destination, int value)
    {
        for (var i = destination.Length - 1; i >= 0; i--, value /= 10) destination[i] = (byte)('0' + (value % 10));
    }

    /// <summary>Whole numbers as integers (<c>48.0</c> and <c>48</c> are the same value), others in shortest round-trip form.</summary>
    public static void WriteNumber(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value) && value == Math.Floor(value) && Math.Abs(value) < 1e15) writer.WriteNumberValue((long)value);
        else writer.WriteNumberValue(value);
    }

    private static void WriteObject(Utf8JsonWriter writer, JObject value, ISet<string>? instantProperties)
    {
        var properties = new List<JProperty>(value.Count);
        foreach (var property in value.Properties())
            if (property.Value.Type != JTokenType.Null) properties.Add(property);
        properties.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));

        writer.WriteStartObject();
        foreach (var property in properties)
        {
            writer.WritePropertyName(property.Name);
            if (instantProperties is not null && instantProperties.Contains(property.Name)
                && property.Value is JValue { Type: JTokenType.String, Value: string text }
                && Schemas.StrictDateTimeFormat.TryParse(text, out var instant))
                WriteInstant(writer, instant);
            else
                WriteValue(writer, property.Value);
        }
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, JToken token)
    {
        switch (token)
        {
            case JObject obj:
                WriteObject(writer, obj, null);
                break;
            case JArray array:
                writer.WriteStartArray();
                foreach (var item in array) WriteValue(writer, item);
                writer.WriteEndArray();
                break;
            case JValue value:
                WriteScalar(writer, value);
                break;
            default:
                throw new InvalidOperationException($"Unexpected JSON token {token.Type} at {token.Path}.");
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, JValue value)
    {
        switch (value.Value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case long l: writer.WriteNumberValue(l); break;
            case int i: writer.WriteNumberValue(i); break;
            case double d: WriteNumber(writer, d); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case BigInteger big: writer.WriteRawValue(big.ToString(CultureInfo.InvariantCulture), skipInputValidation: true); break;
            default: writer.WriteStringValue(Convert.ToString(value.Value, CultureInfo.InvariantCulture)); break;
        }
    }
}
