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
/// reports. Names and plain strings stay UTF-8 slices of the record: a record allocates only its kind, its
/// subject, its instants' text and what it stores, a fraction of what Json.NET and NJsonSchema allocate.
/// </summary>
internal static class FastRecordReader
{
    private const int MaxProperties = 64;
    private const int ThreadBufferBytes = 16 * 1024;

    [ThreadStatic] private static Entry[]? _entries;
    [ThreadStatic] private static int[]? _order;
    [ThreadStatic] private static byte[]? _utf8;
    [ThreadStatic] private static ArrayBufferWriter<byte>? _output;
    [ThreadStatic] private static (byte[] Utf8, KindSchema Kind)? _lastKind;

    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

    /// <summary>The same for a record read as UTF-8; bytes that are not valid UTF-8 are left to the text path, which replaces them.</summary>
    public static ValidatedRecord? TryAccept(byte[] utf8)
    {
        if (!System.Text.Unicode.Utf8.IsValid(utf8)) return null;
        try
        {
            return TryRead(utf8, _entries ??= new Entry[MaxProperties], out var count) ? TryValidate(utf8, _entries, count) : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    public static ValidatedRecord? TryAccept(string json)
    {
        var entries = _entries ??= new Entry[MaxProperties];
        var size = Encoding.UTF8.GetMaxByteCount(json.Length);
        var rented = size > ThreadBufferBytes ? ArrayPool<byte>.Shared.Rent(size) : null;
        var utf8 = rented ?? (_utf8 ??= new byte[ThreadBufferBytes]);
        try
        {
            var length = Encoding.UTF8.GetBytes(json, utf8);
            return TryRead(utf8.AsSpan(0, length), entries, out var count) ? TryValidate(utf8, entries, count) : null;
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
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static bool TryRead(ReadOnlySpan<byte> utf8, Entry[] entries, out int count)
    {
        count = 0;
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // An escaped name, or more properties than any kind has, is left to the schema path.
            if (reader.ValueIsEscaped || count == MaxProperties) return false;
            var name = ((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length);
            reader.Read();
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    entries[count++] = reader.ValueIsEscaped
                        ? new Entry(name, JsonObjectType.String, default, reader.GetString(), 0, 0, null)
                        : new Entry(name, JsonObjectType.String, ((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length), null, 0, 0, null);
                    break;
                case JsonTokenType.Number when IsIntegerText(reader.ValueSpan):
                    if (!reader.TryGetInt64(out var integer)) return false;
                    entries[count++] = new Entry(name, JsonObjectType.Integer, default, null, integer, integer, null);
                    break;
                case JsonTokenType.Number:
                    if (!reader.TryGetDouble(out var number) || !double.IsFinite(number)) return false;
                    entries[count++] = new Entry(name, JsonObjectType.Number, default, null, 0, number, null);
                    break;
                case JsonTokenType.True or JsonTokenType.False:
                    entries[count++] = new Entry(name, JsonObjectType.Boolean, default, null, reader.TokenType == JsonTokenType.True ? 1 : 0, 0, null);
                    break;
                case JsonTokenType.Null:
                    entries[count++] = new Entry(name, JsonObjectType.Null, default, null, 0, 0, null);
                    break;
                case JsonTokenType.StartArray:
                    var items = new List<string>();
                    while (reader.Read() && reader.TokenType == JsonTokenType.String) items.Add(reader.GetString()!);
                    if (reader.TokenType != JsonTokenType.EndArray) return false;
                    entries[count++] = new Entry(name, JsonObjectType.Array, default, null, 0, 0, items);
                    break;
                default:
                    return false;
            }
        }
        return reader.TokenType == JsonTokenType.EndObject && !reader.Read();
    }

    private static ValidatedRecord? TryValidate(byte[] utf8, Entry[] entries, int count)
    {
        var order = _order ??= new int[MaxProperties];
        if (Kind(utf8, entries, count) is not { Shape: { } shape } kind) return null;

        // Each entry is matched to the shape's property of its name; shape names are in ordinal order, so sorting
        // entries by property position puts them in canonical order, and equal positions are repeated names.
        var present = 0;
        for (var i = 0; i < count; i++)
        {
            var property = Find(shape, Slice(utf8, entries[i].Name));
            if (property < 0 || !Accepts(shape.Properties[property], utf8, ref entries[i])) return null;
            if (property == shape.SubjectIndex && entries[i].Type is not (JsonObjectType.String or JsonObjectType.Null)) return null;
            if (entries[i].Type != JsonObjectType.Null && shape.IsRequired[property]) present++;
            entries[i].Property = property;
            var at = i;
            for (; at > 0 && entries[order[at - 1]].Property > property; at--) order[at] = order[at - 1];
            if (at > 0 && entries[order[at - 1]].Property == property) return null;
            order[at] = i;
        }
        if (present != shape.RequiredCount) return null;
        return Canonicalise(utf8, entries, order, count, kind, shape);
    }

    /// <summary>The kind named by the record's <c>kind</c> string, looked up once per run of records of one kind.</summary>
    private static KindSchema? Kind(byte[] utf8, Entry[] entries, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (!Slice(utf8, entries[i].Name).SequenceEqual("kind"u8)) continue;
            if (entries[i].Type != JsonObjectType.String || entries[i].Text is not null) return null;
            var name = Slice(utf8, entries[i].Value);
            if (_lastKind is { } last && name.SequenceEqual(last.Utf8)) return last.Kind;
            if (!EvidenceSchemas.TryGet(Encoding.UTF8.GetString(name), out var kind)) return null;
            _lastKind = (name.ToArray(), kind);
            return kind;
        }
        return null;
    }

    private static int Find(KindShape shape, ReadOnlySpan<byte> name)
    {
        var names = shape.Utf8Names;
        for (var i = 0; i < names.Length; i++)
            if (name.SequenceEqual(names[i])) return i;
        return -1;
    }

    private static bool Accepts(PropertyShape property, byte[] utf8, ref Entry entry) => entry.Type switch
    {
        JsonObjectType.Null => property.Allows(JsonObjectType.Null),
        JsonObjectType.String => property.Allows(JsonObjectType.String)
            && (property.Enum is null || (entry.Text is { } text ? property.Enum.Contains(text) : property.EnumContains(Slice(utf8, entry.Value))))
            && (!property.IsDateTime || ParseInstant(utf8, ref entry)),
        JsonObjectType.Integer => (property.Allows(JsonObjectType.Integer) || property.Allows(JsonObjectType.Number)) && property.Enum is null && property.InRange(entry.Integer),
        JsonObjectType.Number => property.Allows(JsonObjectType.Number) && property.Enum is null && property.InRange(entry.Number),
        JsonObjectType.Boolean => property.Allows(JsonObjectType.Boolean) && property.Enum is null,
        JsonObjectType.Array => property.Allows(JsonObjectType.Array) && property.Enum is null,
        _ => false,
    };

    private static ValidatedRecord Canonicalise(byte[] utf8, Entry[] entries, int[] order, int count, KindSchema kind, KindShape shape)
    {
        var output = _output ??= new ArrayBufferWriter<byte>(1024);
        output.ResetWrittenCount();
        long observed = 0;
        string? subject = null;
        using (var writer = new Utf8JsonWriter(output, CanonicalJson.WriterOptions))
        {
            writer.WriteStartObject();
            for (var i = 0; i < count; i++)
            {
                ref var entry = ref entries[order[i]];
                if (entry.Type == JsonObjectType.Null) continue;
                writer.WritePropertyName(shape.Utf8Names[entry.Property]);
                switch (entry.Type)
                {
                    case JsonObjectType.String when shape.IsInstant[entry.Property]:
                        CanonicalJson.WriteInstant(writer, entry.Instant);
                        if (entry.Property == shape.TimeIndex) observed = StoreTime.ToTicks(entry.Instant);
                        break;
                    case JsonObjectType.String when entry.Text is { } text:
                        writer.WriteStringValue(text);
                        break;
                    case JsonObjectType.String:
                        writer.WriteStringValue(Slice(utf8, entry.Value));
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
                if (entry.Property == shape.SubjectIndex) subject = Text(utf8, ref entry);
            }
            writer.WriteEndObject();
        }
        return new ValidatedRecord(RecordSha256.Hash(output.WrittenSpan), kind.Name, observed, subject, output.WrittenSpan.ToArray());
    }

    /// <summary>Validates a date-time string, keeping the instant for the canonical form.</summary>
    private static bool ParseInstant(byte[] utf8, ref Entry entry)
    {
        var valid = entry.Text is { } text ? StrictDateTimeFormat.TryParse(text, out var instant) : StrictDateTimeFormat.TryParse(Slice(utf8, entry.Value), out instant);
        entry.Instant = instant;
        return valid;
    }

    private static ReadOnlySpan<byte> Slice(byte[] utf8, (int Start, int Length) range) => utf8.AsSpan(range.Start, range.Length);

    /// <summary>A string value as text, decoded once from the record when it was not escaped.</summary>
    private static string Text(byte[] utf8, ref Entry entry) => entry.Text ??= Encoding.UTF8.GetString(Slice(utf8, entry.Value));

    private static bool IsIntegerText(ReadOnlySpan<byte> number) => number.IndexOfAny(".eE"u8) < 0;

    /// <summary>One property as read: its name and plain string value as ranges of the record's UTF-8, other values parsed.</summary>
    private record struct Entry((int Start, int Length) Name, JsonObjectType Type, (int Start, int Length) Value, string? Text, long Integer, double Number, List<string>? Items)
    {
        /// <summary>The position of the shape's property of this name, once matched.</summary>
        public int Property { get; set; }

        /// <summary>A date-time string's instant, once validated.</summary>
        public DateTimeOffset Instant { get; set; }
    }
}
