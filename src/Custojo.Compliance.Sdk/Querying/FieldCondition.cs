using System.Globalization;
using System.Reflection;
using System.Text;
using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Sdk.Querying;

/// <summary>
/// One condition of a <see cref="Match{T}"/>: a property of the record equals a value. The store tests it on the
/// stored JSON (<see cref="JsonPath"/> against <see cref="StoredValue"/>) before a row is read; any other source
/// tests the decoded record (<see cref="Holds"/>). Both see the same value, so both keep the same records.
/// </summary>
internal sealed class FieldCondition
{
    private readonly PropertyInfo _property;
    private readonly object? _value;

    private FieldCondition(Type recordType, PropertyInfo property, object? value, string jsonName, object? storedValue)
    {
        _property = property;
        _value = value;
        JsonName = jsonName;
        JsonPath = PathOf(jsonName);
        StoredValue = storedValue;
        Description = $"{recordType.Name}.{property.Name} = {(value is null ? "null" : Convert.ToString(value, CultureInfo.InvariantCulture))}";
    }

    /// <summary>The property's name in the stored JSON.</summary>
    public string JsonName { get; }

    /// <summary>The property's path in the stored JSON, as SQLite's <c>json_extract</c> reads it (see <see cref="PathOf"/>).</summary>
    public string JsonPath { get; }

    /// <summary>
    /// The value as <c>json_extract</c> returns it from the stored JSON: the text of a string or of an enum's
    /// spelling, a whole number (booleans as 1 and 0), or null for a property that is null or absent.
    /// </summary>
    public object? StoredValue { get; }

    public string Description { get; }

    /// <summary>
    /// The <c>json_extract</c> path of a top-level property, spelled one way only: a store's index on the
    /// property is used when a query spells its expression exactly as the index does.
    /// </summary>
    public static string PathOf(string jsonName) => $"$.\"{jsonName}\"";

    public bool Holds(EvidenceRecord record) => Equals(_property.GetValue(record), _value);

    public override string ToString() => Description;

    public static FieldCondition For(Type recordType, string property, object? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(property);
        var info = recordType.GetProperty(property, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new ArgumentException($"{recordType.Name} has no property '{property}'. Match on one of: {string.Join(", ", Matchable(recordType))}; nameof({recordType.Name}.Property) lets the compiler check the name.", nameof(property));
        var readable = RecordProperty.TryCreate(info);
        if (readable is null || !IsMatchable(readable.Kind))
            throw new ArgumentException($"{recordType.Name}.{info.Name} is a {TypeName(info.PropertyType)}: a match compares strings, enums, booleans and whole numbers. Select instants with the query's time range and test other values in the loop.", nameof(property));
        var name = Encoding.UTF8.GetString(readable.Name);
        if (value is null)
        {
            if (!CanBeNull(info))
                throw new ArgumentException($"{recordType.Name}.{info.Name} is never null: match it against a {TypeName(readable.ValueType)} value.", nameof(value));
            return new FieldCondition(recordType, info, null, name, null);
        }
        var (held, stored) = Normalise(recordType, info, readable, value);
        return new FieldCondition(recordType, info, held, name, stored);
    }

    private static (object Held, object Stored) Normalise(Type recordType, PropertyInfo info, RecordProperty readable, object value)
    {
        switch (readable.Kind)
        {
            case RecordValueKind.Int32 when value is int or long:
                var whole = Convert.ToInt64(value, CultureInfo.InvariantCulture);
                if (whole is < int.MinValue or > int.MaxValue)
                    throw new ArgumentException($"{recordType.Name}.{info.Name} is an Int32; {whole} is out of its range.", nameof(value));
                return ((int)whole, whole);
            case RecordValueKind.Int64 when value is int or long:
                var wide = Convert.ToInt64(value, CultureInfo.InvariantCulture);
                return (wide, wide);
            case RecordValueKind.Boolean when value is bool flag:
                return (flag, flag ? 1L : 0L);
            case RecordValueKind.String when value is string text:
                return (text, text);
            case RecordValueKind.Enum when value.GetType() == readable.ValueType:
                var number = Convert.ToInt64(value, CultureInfo.InvariantCulture);
                var spelling = readable.EnumValues.Where(e => e.Value == number).Select(e => e.Name).FirstOrDefault()
                    ?? throw new ArgumentException($"{value} is not a member of {readable.ValueType.Name}.", nameof(value));
                return (value, Encoding.UTF8.GetString(spelling));
            default:
                throw new ArgumentException($"{recordType.Name}.{info.Name} is a {TypeName(readable.ValueType)}; the value given is a {value.GetType().Name} ({value}).", nameof(value));
        }
    }

    /// <summary>Whether a record can hold null there: a nullable value type, or a reference type not declared non-null.</summary>
    private static bool CanBeNull(PropertyInfo property) =>
        property.PropertyType.IsValueType
            ? Nullable.GetUnderlyingType(property.PropertyType) is not null
            : new NullabilityInfoContext().Create(property).ReadState != NullabilityState.NotNull;

    private static bool IsMatchable(RecordValueKind kind) =>
        kind is RecordValueKind.String or RecordValueKind.Enum or RecordValueKind.Boolean or RecordValueKind.Int32 or RecordValueKind.Int64;

    private static IEnumerable<string> Matchable(Type recordType) =>
        recordType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => RecordProperty.TryCreate(p) is { } readable && IsMatchable(readable.Kind))
            .Select(p => p.Name)
            .Order(StringComparer.Ordinal);

    private static string TypeName(Type type) =>
        Nullable.GetUnderlyingType(type) is { } underlying ? underlying.Name + "?" : type.Name;
}
