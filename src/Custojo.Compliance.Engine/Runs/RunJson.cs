using System.Text.Json;
using System.Text.Json.Serialization;

namespace Custojo.Compliance.Engine.Runs;

/// <summary>How runs are stored in the workspace database: System.Text.Json, camelCase, kebab-case enums, UTC instants.</summary>
internal static class RunJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize(RunResult run) => JsonSerializer.Serialize(run, Options);

    public static RunResult Deserialize(string json) =>
        JsonSerializer.Deserialize<RunResult>(json, Options) ?? throw new InvalidDataException("A stored run is empty.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
