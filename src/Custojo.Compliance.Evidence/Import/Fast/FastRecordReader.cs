using System.Buffers;
using System.Text;
using System.Text.Json;
using Custojo.Compliance.Evidence.Canonical;
using Custojo.Compliance.Evidence.Schemas;
using Custojo.Compliance.Evidence.Storage;
using NJsonSchema;

namespace Custojo.Compliance.Evidence.Import.Fast;

/// <summary>
/// The fast path of import: reads a record with System.Text.Json in one pass and accepts it only when it
/// is certainly valid under its kind's published schema (a flat object of the types, enums and instants
/// the schemas use), producing the same canonical JSON as the NJsonSchema path. Anything else — an error,
/// or anything unusual — returns null and the record takes the NJsonSchema path, which decides and
/// reports. It allocates a fraction of what Json.NET and NJsonSchema do, which is what makes import fast.
/// </summary>
internal static class FastRecordReader
{
    [ThreadStatic] private static List<Entry>? _entries;
    [ThreadStatic] private static ArrayBufferWriter<byte>? _output;

    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

    public static ValidatedRecord? TryAccept(string json)
    {
        var entries = _entries ??= new List<Entry>(32);
        entries.Clear();
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, rented);
            if (!TryRead(rented.AsSpan(0, length), entries)) return null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
        return TryValidate(entries);
    }

    private static bool TryRead(ReadOnlySpan<byte> utf8, List<Entry> entries)
    {
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    entries.Add(new Entry(name, JsonObjectType.String, reader.GetString(), 0, 0, null));
                    break;
                case JsonTokenType.Number when IsIntegerText(reader.ValueSpan):
                    if (!reader.TryGetInt64(out var integer)) return false;
                    entries.Add(new Entry(name, JsonObjectType.Integer, null, integer, integer, null));
                    break;
                case JsonTokenType.Number:
                    if (!reader.TryGetDouble(out var number) || !double.IsFinite(number)) return false;
                    entries.Add(new Entry(name, JsonObjectType.Number, null, 0, number, null));
                    break;
                case JsonTokenType.True or JsonTokenType.False:
                    entries.Add(new Entry(name, JsonObjectType.Boolean, null, reader.TokenType == JsonTokenType.True ? 1 : 0, 0, null));
                    break;
                case JsonTokenType.Null:
                    entries.Add(new Entry(name, JsonObjectType.Null, null, 0, 0, null));
                    break;
                case JsonTokenType.StartArray:
                    var items = new List<string>();
                    while (reader.Read() && reader.TokenType == JsonTokenType.String) items.Add(reader.GetString()!);
                    if (reader.TokenType != JsonTokenType.EndArray) return false;
                    entries.Add(new Entry(name, JsonObjectType.Array, null, 0, 0, items));
                    break;
                default:
                    return false;
            }
        }
        return reader.TokenType == JsonTokenType.EndObject && !reader.Read();
    }

    private static ValidatedRecord? TryValidate(List<Entry> entries)
    {
        entries.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        var kindIndex = -1;
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0 && entries[i].Name == entries[i - 1].Name) return null;
            if (entries[i].Name == "kind") kindIndex = i;
        }
        if (kindIndex < 0 || entries[kindIndex].Text is not { } kindName || !EvidenceSchemas.TryGet(kindName, out var kind) || kind.Shape is not { } shape)
            return null;

        var present = 0;
        foreach (var entry in entries)
        {
            if (!shape.Properties.TryGetValue(entry.Name, out var property) || !Accepts(property, entry)) return null;
            if (entry.Type != JsonObjectType.Null && Array.IndexOf(shape.Required, entry.Name) >= 0) present++;
            if (entry.Name == kind.Info.SubjectProperty && entry.Type is not (JsonObjectType.String or JsonObjectType.Null)) return null;
        }
        if (present != shape.Required.Length) return null;
        return Canonicalise(entries, kind);
    }

    private static bool Accepts(PropertyShape property, Entry entry) => entry.Type switch
    {
        JsonObjectType.Null => property.Allows(JsonObjectType.Null),
        JsonObjectType.String => property.Allows(JsonObjectType.String)
            && (property.Enum is null || property.Enum.Contains(entry.Text!))
            && (!property.IsDateTime || StrictDateTimeFormat.TryParse(entry.Text!, out _)),
        JsonObjectType.Integer => (property.Allows(JsonObjectType.Integer) || property.Allows(JsonObjectType.Number)) && property.Enum is null && property.InRange(entry.Integer),
        JsonObjectType.Number => property.Allows(JsonObjectType.Number) && property.Enum is null && property.InRange(entry.Number),
        JsonObjectType.Boolean => property.Allows(JsonObjectType.Boolean) && property.Enum is null,
        JsonObjectType.Array => property.Allows(JsonObjectType.Array) && property.Enum is null,
        _ => false,
    };

    private static ValidatedRecord Canonicalise(List<Entry> entries, KindSchema kind)
    {
        var output = _output ??= new ArrayBufferWriter<byte>(1024);
        output.ResetWrittenCount();
        long observed = 0;
        string? subject = null;
        using (var writer = new Utf8JsonWriter(output, CanonicalJson.WriterOptions))
        {
            writer.WriteStartObject();
            foreach (var entry in entries)
            {
                if (entry.Type == JsonObjectType.Null) continue;
                writer.WritePropertyName(entry.Name);
                switch (entry.Type)
                {
                    case JsonObjectType.String when kind.DateTimeProperties.Contains(entry.Name):
                        StrictDateTimeFormat.TryParse(entry.Text!, out var instant);
                        CanonicalJson.WriteInstant(writer, instant);
                        if (entry.Name == kind.Info.TimeProperty) observed = StoreTime.ToTicks(instant);
                        break;
                    case JsonObjectType.String:
                        writer.WriteStringValue(entry.Text);
                        break;
                    case JsonObjectType.Integer:
                        writer.WriteNumberValue(entry.Integer);
                        break;
                    case JsonObjectType.Number:
                        CanonicalJson.WriteNumber(writer, entry.Number);
                        break;
                    case JsonObjectType.Boolean:
                        writer.WriteBooleanValue(entry.Integer != 0);
                        break;
                    default:
                        writer.WriteStartArray();
                        foreach (var item in entry.Items!) writer.WriteStringValue(item);
                        writer.WriteEndArray();
                        break;
                }
                if (entry.Name == kind.Info.SubjectProperty) subject = entry.Text;
            }
            writer.WriteEndObject();
        }
        return new ValidatedRecord(RecordSha256.Hash(output.WrittenSpan), kind.Name, observed, subject, output.WrittenSpan.ToArray());
    }

    private static bool IsIntegerText(ReadOnlySpan<byte> number) => number.IndexOfAny(".eE"u8) < 0;

    private readonly record struct Entry(string Name, JsonObjectType Type, string? Text, long Integer, double Number, List<string>? Items);
}
