using System.Text.Json;
using System.Text.Json.Serialization;
using Custojo.Compliance.Engine.Serialization;

namespace Custojo.Compliance.Engine.Runs;

/// <summary>How runs are stored in the workspace database: System.Text.Json, camelCase, kebab-case enums, UTC instants.</summary>
internal static class RunJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>
    /// The same contract with compile-time metadata, for writing only (see <see cref="EngineJsonContext"/>): a
    /// test checks it writes exactly what <see cref="Options"/> writes.
    /// </summary>
    internal static JsonSerializerOptions WriteOptions { get; } = EngineJson.With(new JsonSerializerOptions(Options));

    public static string Serialize(RunResult run) => JsonSerializer.Serialize(run, WriteOptions);

    /// <summary>Builds the metadata <see cref="Serialize"/> needs (some 50 ms in a fresh process), e.g. while a check evaluates.</summary>
    public static void Prepare() => WriteOptions.GetTypeInfo(typeof(RunResult));

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
