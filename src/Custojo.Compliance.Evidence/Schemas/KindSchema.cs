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

    public string Name => Info.Name;
}
