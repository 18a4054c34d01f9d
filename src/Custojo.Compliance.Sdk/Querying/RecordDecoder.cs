using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Sdk.Querying;

/// <summary>
/// Turns the stored JSON of an evidence record into the record, as System.Text.Json would with
/// <see cref="EvidenceJson.PolicyReads"/>, at a fraction of its cost for the hundreds of thousands of records a
/// check reads: one loop reads every kind into unboxed slots (<see cref="RecordReader"/>), and one compiled method
/// per kind builds the record from them. System.Text.Json's metadata for a kind instantiates its generic property
/// and enum converters once per value type, which the runtime compiles afresh in every process, and its path for
/// init-only properties boxes every value. A kind with a property of another type is read by System.Text.Json.
/// </summary>
internal static class RecordDecoder<T> where T : EvidenceRecord
{
    private static readonly (RecordProperty[] Properties, Func<DecodedValues, T> Build)? Plan = CreatePlan();

    [ThreadStatic] private static DecodedValues? _values;

    /// <summary>True when <typeparamref name="T"/> is read by the compiled plan rather than System.Text.Json.</summary>
    public static bool IsCompiled => Plan is not null;

    /// <summary>The properties the plan reads, in the order it expects them; empty without a plan.</summary>
    internal static RecordProperty[] Properties => Plan?.Properties ?? [];

    public static T Decode(ReadOnlySpan<byte> json)
    {
        if (Plan is not { } plan)
            return JsonSerializer.Deserialize<T>(json, EvidenceJson.PolicyReads) ?? throw new JsonException($"A {typeof(T).Name} record is null.");
        var values = _values ??= new DecodedValues(plan.Properties.Length);
        RecordReader.Read(json, plan.Properties, values);
        return plan.Build(values);
    }

    private static (RecordProperty[], Func<DecodedValues, T>)? CreatePlan()
    {
        if (typeof(T).IsAbstract || typeof(T).GetConstructor(Type.EmptyTypes) is null) return null;
        var properties = new List<RecordProperty>();
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is not { IsPublic: true } || property.GetIndexParameters().Length > 0) continue;
            if (property.IsDefined(typeof(JsonIgnoreAttribute)) || property.IsDefined(typeof(JsonConverterAttribute))) return null;
            if (RecordProperty.TryCreate(property) is not { } readable) return null;
            properties.Add(readable);
        }
        var ordered = properties.OrderBy(p => Encoding.UTF8.GetString(p.Name), StringComparer.Ordinal).ToArray();
        return (ordered, Compile(ordered));
    }

    private static Func<DecodedValues, T> Compile(RecordProperty[] properties)
    {
        var values = Expression.Parameter(typeof(DecodedValues), "values");
        var record = Expression.Variable(typeof(T), "record");
        var body = new List<Expression> { Expression.Assign(record, Expression.New(typeof(T))) };
        for (var i = 0; i < properties.Length; i++)
        {
            var property = properties[i];
            var position = Expression.Constant(i);
            Expression Slot(string field) => Expression.ArrayIndex(Expression.Field(values, field), position);
            var value = property.Kind switch
            {
                RecordValueKind.String or RecordValueKind.StringList => Expression.Convert(Slot(nameof(DecodedValues.References)), property.Property.PropertyType),
                RecordValueKind.Int32 => Expression.Convert(Slot(nameof(DecodedValues.Numbers)), typeof(int)),
                RecordValueKind.Int64 => Slot(nameof(DecodedValues.Numbers)),
                RecordValueKind.Enum => Expression.Convert(
                    Expression.Convert(Slot(nameof(DecodedValues.Numbers)), Enum.GetUnderlyingType(property.ValueType)), property.ValueType),
                RecordValueKind.Boolean => Expression.NotEqual(Slot(nameof(DecodedValues.Numbers)), Expression.Constant(0L)),
                RecordValueKind.Double => Slot(nameof(DecodedValues.Doubles)),
                RecordValueKind.Instant => Slot(nameof(DecodedValues.Instants)),
                _ => throw new InvalidOperationException($"No reading for {property.Kind}."),
            };
            if (property.ValueType.IsValueType && property.AllowsNull)
            {
                value = Expression.Condition(Slot(nameof(DecodedValues.IsNull)),
                    Expression.Default(property.Property.PropertyType), Expression.Convert(value, property.Property.PropertyType));
            }
            // A property absent from the JSON keeps the value the record's initialiser gives it, as with System.Text.Json.
            body.Add(Expression.IfThen(Slot(nameof(DecodedValues.Present)), Expression.Assign(Expression.Property(record, property.Property), value)));
        }
        body.Add(record);
        return Expression.Lambda<Func<DecodedValues, T>>(Expression.Block(new[] { record }, body), values).Compile();
    }
}
