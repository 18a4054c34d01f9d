using System.Text.Json;
using System.Text.Json.Serialization;

namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>
/// The one JSON contract of evidence records: camelCase properties, kebab-case enum values,
/// ISO 8601 instants. Used to read records for policies and to generate the kinds' schemas.
/// </summary>
public static class EvidenceJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
            WriteIndented = false,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
