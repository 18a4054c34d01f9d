using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Custojo.Compliance.Sdk.Querying;

/// <summary>
/// One settable property of an evidence record as <see cref="RecordDecoder{T}"/> reads it: its JSON name under
/// <see cref="Evidence.EvidenceJson"/>'s contract (camelCase, kebab-case enum values) and the kind of value it holds.
/// </summary>
internal sealed class RecordProperty
{
    private RecordProperty(PropertyInfo property, RecordValueKind kind, Type valueType, bool allowsNull, (byte[] Name, long Value)[] enumValues)
    {
        Property = property;
        Name = Encoding.UTF8.GetBytes(property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name));
        NameAndColon = [(byte)'"', .. Name, (byte)'"', (byte)':'];
        Kind = kind;
        ValueType = valueType;
        AllowsNull = allowsNull;
        Required = property.IsDefined(typeof(RequiredMemberAttribute), inherit: false);
        EnumValues = enumValues;
        QuotedEnumValues = [.. enumValues.Select(e => ((byte[])[(byte)'"', .. e.Name, (byte)'"'], e.Value))];
    }

    public PropertyInfo Property { get; }

    /// <summary>The JSON property name as UTF-8.</summary>
    public byte[] Name { get; }

    /// <summary>The name as the store writes it before the value: <c>"name":</c>.</summary>
    public byte[] NameAndColon { get; }

    public RecordValueKind Kind { get; }

    /// <summary>The property's type without <see cref="Nullable{T}"/>.</summary>
    public Type ValueType { get; }

    public bool AllowsNull { get; }

    /// <summary>Declared <c>required</c>: a record without it is refused, as System.Text.Json refuses it.</summary>
    public bool Required { get; }

    /// <summary>For an enum: each member's JSON spelling and numeric value.</summary>
    public (byte[] Name, long Value)[] EnumValues { get; }

    /// <summary>For an enum: each member's JSON spelling in quotes, as the store writes it, and numeric value.</summary>
    public (byte[] Quoted, long Value)[] QuotedEnumValues { get; }

    /// <summary>
    /// The position of the property named <paramref name="name"/> (UTF-8), looking from <paramref name="expected"/>
    /// on first (names come in the plan's order in the store's records), or -1.
    /// </summary>
    public static int Find(ReadOnlySpan<byte> name, RecordProperty[] properties, int expected)
    {
        for (var i = expected; i < properties.Length; i++)
        {
            if (name.SequenceEqual(properties[i].Name)) return i;
        }
        for (var i = 0; i < expected && i < properties.Length; i++)
        {
            if (name.SequenceEqual(properties[i].Name)) return i;
        }
        return -1;
    }

    /// <summary>The property's reading plan, or null when its type is not one evidence records use.</summary>
    public static RecordProperty? TryCreate(PropertyInfo property)
    {
        var type = property.PropertyType;
        var underlying = Nullable.GetUnderlyingType(type);
        var valueType = underlying ?? type;
        var allowsNull = underlying is not null || !type.IsValueType;
        RecordValueKind? kind = valueType switch
        {
            _ when valueType == typeof(string) => RecordValueKind.String,
            _ when valueType == typeof(IReadOnlyList<string>) => RecordValueKind.StringList,
            _ when valueType == typeof(int) => RecordValueKind.Int32,
            _ when valueType == typeof(long) => RecordValueKind.Int64,
            _ when valueType == typeof(double) => RecordValueKind.Double,
            _ when valueType == typeof(bool) => RecordValueKind.Boolean,
            _ when valueType == typeof(DateTimeOffset) => RecordValueKind.Instant,
            _ when valueType.IsEnum && !valueType.IsDefined(typeof(FlagsAttribute), inherit: false) => RecordValueKind.Enum,
            _ => null,
        };
        if (kind is not { } known) return null;
        return new RecordProperty(property, known, valueType, allowsNull, known == RecordValueKind.Enum ? EnumSpellings(valueType) : []);
    }

    private static (byte[] Name, long Value)[] EnumSpellings(Type enumType) =>
        [.. enumType.GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => (
            Encoding.UTF8.GetBytes(field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? JsonNamingPolicy.KebabCaseLower.ConvertName(field.Name)),
            Convert.ToInt64(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)))];
}
