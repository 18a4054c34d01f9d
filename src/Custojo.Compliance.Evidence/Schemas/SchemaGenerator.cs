using System.Collections.Frozen;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Custojo.Compliance.Sdk.Evidence;
using NJsonSchema;
using NJsonSchema.Generation;

namespace Custojo.Compliance.Evidence.Schemas;

/// <summary>
/// Generates a kind's JSON Schema from its record type with NJsonSchema, then fixes what NJsonSchema
/// leaves out or gets wrong for the evidence contract: the <c>kind</c> property, no additional
/// properties, the required list taken from C# <c>required</c> members, enum values exactly as
/// <see cref="EvidenceJson"/> writes them, and the kind's metadata.
/// </summary>
internal static class SchemaGenerator
{
    public static KindSchema Generate(EvidenceKindInfo kind)
    {
        var settings = new SystemTextJsonSchemaGeneratorSettings
        {
            SerializerOptions = EvidenceJson.Options,
            FlattenInheritanceHierarchy = true,
            SchemaType = SchemaType.JsonSchema,
        };
        var schema = JsonSchema.FromType(kind.RecordType, settings);
        var members = Members(kind.RecordType);

        var generatedNames = schema.Properties.Keys.ToHashSet(StringComparer.Ordinal);
        if (!generatedNames.SetEquals(members.Select(m => m.JsonName)))
            throw new InvalidOperationException(
                $"The generated schema of '{kind.Name}' has properties [{string.Join(", ", generatedNames.Order(StringComparer.Ordinal))}] " +
                $"but {kind.RecordType.Name} serialises [{string.Join(", ", members.Select(m => m.JsonName))}].");

        schema.Title = kind.Name;
        schema.Description = kind.Description;
        schema.AllowAdditionalProperties = false;
        schema.ExtensionData = new Dictionary<string, object?>
        {
            ["x-time-property"] = kind.TimeProperty,
            ["x-subject-property"] = kind.SubjectProperty,
        };
        ReorderWithKindFirst(schema, kind);
        schema.RequiredProperties.Clear();
        schema.RequiredProperties.Add("kind");
        foreach (var member in members.Where(m => m.Required)) schema.RequiredProperties.Add(member.JsonName);
        foreach (var member in members) FixEnum(schema, member);

        var json = schema.ToJson();
        var published = JsonSchema.FromJsonAsync(json).GetAwaiter().GetResult();
        var instants = members.Where(m => IsInstant(m.Type)).Select(m => m.JsonName).ToFrozenSet(StringComparer.Ordinal);
        return new KindSchema(kind, json, published, instants);
    }

    private static void ReorderWithKindFirst(JsonSchema schema, EvidenceKindInfo kind)
    {
        var existing = schema.Properties.ToList();
        schema.Properties.Clear();
        var kindProperty = new JsonSchemaProperty
        {
            Type = JsonObjectType.String,
            Description = "The evidence kind of this record; always \"" + kind.Name + "\".",
        };
        kindProperty.Enumeration.Add(kind.Name);
        schema.Properties["kind"] = kindProperty;
        foreach (var (name, property) in existing) schema.Properties[name] = property;
    }

    private static void FixEnum(JsonSchema schema, Member member)
    {
        var enumType = Nullable.GetUnderlyingType(member.Type) ?? member.Type;
        if (!enumType.IsEnum) return;
        var target = schema.Properties[member.JsonName].ActualSchema;
        if (target.Enumeration.Count == 0)
            target = schema.Properties[member.JsonName].OneOf.Select(s => s.ActualSchema).FirstOrDefault(s => s.Enumeration.Count > 0) ?? target;
        target.Enumeration.Clear();
        target.EnumerationNames.Clear();
        target.Type = JsonObjectType.String;
        foreach (var value in Enum.GetValues(enumType))
            target.Enumeration.Add(JsonSerializer.Serialize(value, enumType, EvidenceJson.Options).Trim('"'));
    }

    private static bool IsInstant(Type type) => (Nullable.GetUnderlyingType(type) ?? type) == typeof(DateTimeOffset);

    private static List<Member> Members(Type recordType) =>
    [
        .. recordType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is not null && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .Select(p => new Member(
                EvidenceJson.Options.PropertyNamingPolicy!.ConvertName(p.Name),
                p.PropertyType,
                p.GetCustomAttribute<RequiredMemberAttribute>() is not null)),
    ];

    private sealed record Member(string JsonName, Type Type, bool Required);
}
