using System.Collections.Frozen;
using Custojo.Compliance.Sdk.Evidence;
using NJsonSchema;

namespace Custojo.Compliance.Evidence.Schemas;

/// <summary>One kind's published schema (as text and parsed back for validation) and the facts import needs.</summary>
internal sealed class KindSchema(EvidenceKindInfo info, string json, JsonSchema schema, FrozenSet<string> dateTimeProperties)
{
    public EvidenceKindInfo Info { get; } = info;

    /// <summary>The schema exactly as <c>custojo evidence schema</c> prints it.</summary>
    public string Json { get; } = json;

    /// <summary><see cref="Json"/> parsed back: import validates against what is published.</summary>
    public JsonSchema Schema { get; } = schema;

    /// <summary>JSON names of the top-level instants, normalised to UTC in canonical JSON.</summary>
    public FrozenSet<string> DateTimeProperties { get; } = dateTimeProperties;

    /// <summary>The schema compiled for the fast path of import, or null when it uses keywords the fast path does not know.</summary>
    public Import.Fast.KindShape? Shape { get; } = Import.Fast.KindShape.TryCreate(schema, dateTimeProperties, info.TimeProperty, info.SubjectProperty);

    public string Name => Info.Name;
}
