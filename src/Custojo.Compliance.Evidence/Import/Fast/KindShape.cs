using System.Collections.Frozen;
using System.Text;
using Custojo.Compliance.Evidence.Schemas;
using NJsonSchema;

namespace Custojo.Compliance.Evidence.Import.Fast;

/// <summary>
/// A kind's schema compiled for the fast path: the allowed properties with their types, enums and
/// formats, and the required ones. Built from the published schema; a schema using any keyword outside
/// this subset gets no shape, and its records always go the NJsonSchema way.
/// </summary>
internal sealed class KindShape
{
    private const JsonObjectType Scalars = JsonObjectType.String | JsonObjectType.Integer | JsonObjectType.Number
        | JsonObjectType.Boolean | JsonObjectType.Array | JsonObjectType.Null;

    private KindShape(SortedDictionary<string, PropertyShape> properties, string[] required, ISet<string> instants, string timeProperty, string? subjectProperty)
    {
        string[] names = [.. properties.Keys];
        Utf8Names = [.. names.Select(Encoding.UTF8.GetBytes)];
        Properties = [.. properties.Values];
        IsRequired = [.. names.Select(required.Contains)];
        IsInstant = [.. names.Select(instants.Contains)];
        RequiredCount = IsRequired.Count(r => r);
        TimeIndex = Array.IndexOf(names, timeProperty);
        SubjectIndex = subjectProperty is null ? -1 : Array.IndexOf(names, subjectProperty);
    }

    /// <summary>The allowed properties' names in ordinal order, which for these ASCII names (C# property names in camel case) is byte order.</summary>
    public byte[][] Utf8Names { get; }

    public PropertyShape[] Properties { get; }

    public bool[] IsRequired { get; }

    /// <summary>The properties canonical JSON writes as UTC instants.</summary>
    public bool[] IsInstant { get; }

    public int RequiredCount { get; }

    /// <summary>Positions of the kind's time property and subject property (-1: none).</summary>
    public int TimeIndex { get; }

    public int SubjectIndex { get; }

    public static KindShape? TryCreate(JsonSchema schema, ISet<string> instants, string timeProperty, string? subjectProperty)
    {
        if (schema.AllowAdditionalProperties || schema.AnyOf.Count + schema.AllOf.Count + schema.OneOf.Count > 0 || schema.Not is not null)
            return null;
        var properties = new SortedDictionary<string, PropertyShape>(StringComparer.Ordinal);
        foreach (var (name, property) in schema.Properties)
        {
            var actual = property.ActualSchema;
            if (!IsPlain(actual) || !IsPlain(property) || (actual.Type & ~Scalars) != 0 || actual.Type == JsonObjectType.None) return null;
            if (actual.Type.HasFlag(JsonObjectType.Array)
                && (actual.Item?.ActualSchema is not { } item || item.Type != JsonObjectType.String || !IsPlain(item) || item.Enumeration.Count > 0 || item.Format is not null))
                return null;
            if (actual.Format is not null and not "date-time" and not "int64" and not "int32" and not "double") return null;
            if (actual.Format == "date-time" && actual.Type != JsonObjectType.String && actual.Type != (JsonObjectType.String | JsonObjectType.Null)) return null;
            if (actual.Enumeration.Any(v => v is not string)) return null;
            var values = actual.Enumeration.Count > 0 ? actual.Enumeration.Cast<string>().ToFrozenSet(StringComparer.Ordinal) : null;
            properties[name] = new PropertyShape(actual.Type, values, actual.Format == "date-time", actual.Minimum, actual.Maximum);
        }
        if (properties.Keys.Any(name => !Ascii.IsValid(name))) return null;
        if (properties.Any(p => instants.Contains(p.Key) && !p.Value.IsDateTime)) return null; // an instant is parsed where its format is checked
        return new KindShape(properties, [.. schema.RequiredProperties], instants, timeProperty, subjectProperty);
    }

    private static bool IsPlain(JsonSchema schema) =>
        schema.AnyOf.Count + schema.AllOf.Count + schema.OneOf.Count == 0 && schema.Not is null
        && schema.Pattern is null && schema.MinLength is null && schema.MaxLength is null
        && !schema.IsExclusiveMinimum && !schema.IsExclusiveMaximum && schema.ExclusiveMinimum is null && schema.ExclusiveMaximum is null
        && schema.MultipleOf is null && schema.MinItems == 0 && schema.MaxItems == 0 && !schema.UniqueItems;
}
