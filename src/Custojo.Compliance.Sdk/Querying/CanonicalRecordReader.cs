using System.Buffers.Text;
using System.Text.Unicode;

namespace Custojo.Compliance.Sdk.Querying;

/// <summary>
/// Reads a record in the form the store writes it (compact, names and strings without escapes, instants as
/// <c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>) without a general JSON reader, which is most of what reading a record
/// costs. Anything else (whitespace, an escape, an unknown name, a value of another shape or out of range) makes
/// it give up, and <see cref="RecordReader"/> reads the record with <see cref="System.Text.Json.Utf8JsonReader"/>
/// instead, with that reader's rules and errors: both produce the same values for what this one accepts.
/// </summary>
internal static class CanonicalRecordReader
{
    private const int InstantLength = 28; // 2026-11-02T07:58:12.0000000Z

    /// <summary>Fills <paramref name="values"/> from <paramref name="json"/>, or returns false having given up.</summary>
    public static bool TryRead(ReadOnlySpan<byte> json, RecordProperty[] properties, DecodedValues values)
    {
        values.Clear();
        if (json.Length < 2 || json[0] != '{') return false;
        var strings = RecentStrings.For(StringPool.Current);
        var position = 1;
        if (json[position] == '}') return position + 1 == json.Length;
        var expected = 0;
        while (true)
        {
            int index;
            if (expected < properties.Length && json[position..].StartsWith(properties[expected].NameAndColon))
            {
                // The usual case: the store writes names in the plan's order, so the next name is the one expected.
                index = expected;
                position += properties[expected].NameAndColon.Length;
            }
            else
            {
                if (!TryString(json, ref position, out var name) || !Take(json, ref position, (byte)':')) return false;
                index = RecordProperty.Find(name, properties, expected);
            }
            if (index < 0)
            {
                // A name the record does not have (the stored records carry their kind): skip a plain value.
                if (!TrySkipScalar(json, ref position)) return false;
            }
            else
            {
                if (!TryValue(json, ref position, properties[index], index, values, strings)) return false;
                expected = index + 1;
            }
            if (position >= json.Length) return false;
            var next = json[position++];
            if (next == '}') return position == json.Length;
            if (next != ',') return false;
        }
    }

    private static bool TryValue(ReadOnlySpan<byte> json, ref int position, RecordProperty property, int index, DecodedValues values, RecentStrings strings)
    {
        values.Present[index] = true;
        values.IsNull[index] = false;
        if (position < json.Length && json[position] == 'n' && TakeLiteral(json, ref position, "null"u8))
        {
            values.IsNull[index] = true;
            return property.AllowsNull;
        }
        switch (property.Kind)
        {
            case RecordValueKind.String:
                if (!TryString(json, ref position, out var text)) return false;
                values.References[index] = strings.Get(text);
                return true;
            case RecordValueKind.StringList:
                return TryStringList(json, ref position, index, values, strings);
            case RecordValueKind.Int32:
                if (!TryNumber(json, ref position, out var digits) || !Utf8Parser.TryParse(digits, out int int32, out var used) || used != digits.Length) return false;
                values.Numbers[index] = int32;
                return true;
            case RecordValueKind.Int64:
                if (!TryNumber(json, ref position, out digits) || !Utf8Parser.TryParse(digits, out long int64, out used) || used != digits.Length) return false;
                values.Numbers[index] = int64;
                return true;
            case RecordValueKind.Double:
                if (!TryNumber(json, ref position, out digits) || !Utf8Parser.TryParse(digits, out double number, out used) || used != digits.Length || !double.IsFinite(number)) return false;
                values.Doubles[index] = number;
                return true;
            case RecordValueKind.Boolean:
                if (TakeLiteral(json, ref position, "true"u8)) values.Numbers[index] = 1;
                else if (TakeLiteral(json, ref position, "false"u8)) values.Numbers[index] = 0;
                else return false;
                return true;
            case RecordValueKind.Instant:
                // The store's instants have one length: check the quotes around it, then every character inside.
                if (position + InstantLength + 1 >= json.Length || json[position] != '"' || json[position + InstantLength + 1] != '"'
                    || !TryInstant(json.Slice(position + 1, InstantLength), out var instant))
                    return false;
                position += InstantLength + 2;
                values.Instants[index] = instant;
                return true;
            case RecordValueKind.Enum:
                // An enum's value is one of its spellings, quotes included; anything else is left to the general reader.
                var rest = json[position..];
                foreach (var (quoted, value) in property.QuotedEnumValues)
                {
                    if (!rest.StartsWith(quoted)) continue;
                    position += quoted.Length;
                    values.Numbers[index] = value;
                    return true;
                }
                return false;
            default:
                return false;
        }
    }

    private static bool TrySkipScalar(ReadOnlySpan<byte> json, ref int position) => position < json.Length && json[position] switch
    {
        (byte)'"' => TryString(json, ref position, out _),
        (byte)'t' => TakeLiteral(json, ref position, "true"u8),
        (byte)'f' => TakeLiteral(json, ref position, "false"u8),
        (byte)'n' => TakeLiteral(json, ref position, "null"u8),
        _ => TryNumber(json, ref position, out _),
    };

    private static bool TryStringList(ReadOnlySpan<byte> json, ref int position, int index, DecodedValues values, RecentStrings strings)
    {
        if (!Take(json, ref position, (byte)'[')) return false;
        var items = new List<string>();
        if (!Take(json, ref position, (byte)']'))
        {
            do
            {
                if (!TryString(json, ref position, out var item)) return false;
                items.Add(strings.Get(item));
            }
            while (Take(json, ref position, (byte)','));
            if (!Take(json, ref position, (byte)']')) return false;
        }
        values.References[index] = items.AsReadOnly();
        return true;
    }

    /// <summary>A string without escapes or control characters, as valid UTF-8; its content without the quotes.</summary>
    private static bool TryString(ReadOnlySpan<byte> json, ref int position, out ReadOnlySpan<byte> content)
    {
        content = default;
        if (!Take(json, ref position, (byte)'"')) return false;
        // A plain loop rather than IndexOfAny: the strings are short, and the vectorised search is generic code the
        // runtime compiles in every process and runs unoptimised for its first thousands of calls.
        var start = position;
        var ascii = true;
        for (; position < json.Length; position++)
        {
            var next = json[position];
            if (next == '"') break;
            if (next == '\\' || next < 0x20) return false;
            if (next >= 0x80) ascii = false;
        }
        if (position == json.Length) return false;
        content = json[start..position];
        position++;
        return ascii || Utf8.IsValid(content);
    }

    /// <summary>The characters of a JSON number (<c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>).</summary>
    private static bool TryNumber(ReadOnlySpan<byte> json, ref int position, out ReadOnlySpan<byte> number)
    {
        var start = position;
        number = default;
        if (position < json.Length && json[position] == '-') position++;
        var integer = Digits(json, ref position);
        if (integer == 0 || (integer > 1 && json[position - integer] == '0')) return false;
        if (position < json.Length && json[position] == '.')
        {
            position++;
            if (Digits(json, ref position) == 0) return false;
        }
        if (position < json.Length && (json[position] | 0x20) == 'e')
        {
            position++;
            if (position < json.Length && json[position] is (byte)'+' or (byte)'-') position++;
            if (Digits(json, ref position) == 0) return false;
        }
        number = json[start..position];
        return true;
    }

    private static int Digits(ReadOnlySpan<byte> json, ref int position)
    {
        var start = position;
        while (position < json.Length && char.IsAsciiDigit((char)json[position])) position++;
        return position - start;
    }

    /// <summary>The store's own spelling of an instant, <c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>, in UTC.</summary>
    private static bool TryInstant(ReadOnlySpan<byte> text, out DateTimeOffset instant)
    {
        instant = default;
        if (text.Length != InstantLength || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':'
            || text[19] != '.' || text[27] != 'Z')
            return false;
        if (!Field(text, 0, 4, out var year) || !Field(text, 5, 2, out var month) || !Field(text, 8, 2, out var day)
            || !Field(text, 11, 2, out var hour) || !Field(text, 14, 2, out var minute) || !Field(text, 17, 2, out var second)
            || !Field(text, 20, 7, out var fraction))
            return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
            return false;
        instant = new DateTimeOffset(new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(fraction), TimeSpan.Zero);
        return true;
    }

    private static bool Field(ReadOnlySpan<byte> text, int start, int length, out int value)
    {
        value = 0;
        foreach (var digit in text.Slice(start, length))
        {
            if (!char.IsAsciiDigit((char)digit)) return false;
            value = (value * 10) + (digit - '0');
        }
        return true;
    }

    private static bool Take(ReadOnlySpan<byte> json, ref int position, byte expected)
    {
        if (position >= json.Length || json[position] != expected) return false;
        position++;
        return true;
    }

    private static bool TakeLiteral(ReadOnlySpan<byte> json, ref int position, ReadOnlySpan<byte> literal)
    {
        if (!json[position..].StartsWith(literal)) return false;
        position += literal.Length;
        return true;
    }
}
