using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Sdk.Querying;

/// <summary>
/// Turns the stored JSON of an evidence record into the record, as System.Text.Json would with
/// <see cref="EvidenceJson.PolicyReads"/>, at a fraction of its cost for the hundreds of thousands of records a
/// check reads: one loop reads every kind into unboxed slots (<see cref="RecordReader"/>), and delegates bound to
/// the record's setters build the record from them (<see cref="PropertyWriter{T}"/>). System.Text.Json's metadata
/// for a kind instantiates its generic property and enum converters once per value type, which the runtime compiles
/// afresh in every process, and its path for init-only properties boxes every value. A kind with a property of
/// another type is read by System.Text.Json.
/// </summary>
internal static class RecordDecoder<T> where T : EvidenceRecord
{
    private static readonly (RecordProperty[] Properties, PropertyWriter<T>[] Writers)? Plan = CreatePlan();

    [ThreadStatic] private static DecodedValues? _values;

    /// <summary>True when <typeparamref name="T"/> is read by the plan rather than System.Text.Json.</summary>
    public static bool HasPlan => Plan is not null;

    /// <summary>The properties the plan reads, in the order it expects them; empty without a plan.</summary>
    internal static RecordProperty[] Properties => Plan?.Properties ?? [];

    public static T Decode(ReadOnlySpan<byte> json)
    {
        if (Plan is not { } plan)
            return JsonSerializer.Deserialize<T>(json, EvidenceJson.PolicyReads) ?? throw new JsonException($"A {typeof(T).Name} record is null.");
        var values = _values ??= new DecodedValues(plan.Properties.Length);
        RecordReader.Read(json, plan.Properties, values);
        var record = Activator.CreateInstance<T>();
        for (var slot = 0; slot < plan.Writers.Length; slot++)
        {
            // A property absent from the JSON keeps the value the record's initialiser gives it, as with System.Text.Json.
            if (values.Present[slot]) plan.Writers[slot].Write(record, values, slot);
        }
        return record;
    }

    private static (RecordProperty[], PropertyWriter<T>[])? CreatePlan()
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
        var writers = new PropertyWriter<T>[ordered.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            if (PropertyWriter<T>.For(ordered[i]) is not { } writer) return null;
            writers[i] = writer;
        }
        return (ordered, writers);
    }
}
