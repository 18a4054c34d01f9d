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

    /// <summary>The same contract for reading records handed to policies: string lists come back read-only and
    /// strings of shared records are pooled. Policies' records are read by <see cref="Querying.RecordDecoder{T}"/>,
    /// which reads exactly this; these options read a kind it cannot (none today) and are what its tests compare with.</summary>
    internal static JsonSerializerOptions PolicyReads { get; } = CreatePolicyReads();

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

    private static JsonSerializerOptions CreatePolicyReads()
    {
        var options = new JsonSerializerOptions(Options);
        options.Converters.Add(new Querying.ReadOnlyStringListConverter());
        options.Converters.Add(new Querying.PooledStringConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
