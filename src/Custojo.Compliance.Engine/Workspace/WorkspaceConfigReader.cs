using System.Runtime.ExceptionServices;
using System.Text.Json;
using Custojo.Compliance.Engine.Validation;
using Custojo.Compliance.Evidence;
using NJsonSchema;

namespace Custojo.Compliance.Engine.Workspace;

/// <summary>Reads custojo.json and validates it against its schema, reporting every violation at once.</summary>
public static class WorkspaceConfigReader
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
    };

    /// <summary>The published JSON Schema of custojo.json.</summary>
    public static string SchemaText { get; } = ReadSchema();

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromJsonAsync(SchemaText).GetAwaiter().GetResult());

    /// <summary>
    /// Starts loading the schema on the thread pool. Loading it is a sizeable part of a short command's start (Json.NET
    /// builds NJsonSchema's contract through reflection), which a process can overlap with parsing its arguments.
    /// </summary>
    public static void PrepareInBackground() => BackgroundWarmUp.Start(static () => _ = Schema.Value);

    public static WorkspaceConfig Parse(string json, string displayPath)
    {
        // Deserialising before the validation overlaps the serializer's one-time metadata work with the schema that may
        // still be loading in the background. The schema still decides first: a config it refuses is reported by it,
        // whatever the serializer made of it, and the serializer's own failure is raised only for a config it accepts.
        WorkspaceConfig? config = null;
        ExceptionDispatchInfo? deserializing = null;
        try
        {
            config = JsonSerializer.Deserialize<WorkspaceConfig>(json, JsonOptions);
        }
#pragma warning disable CA1031 // Not swallowed: rethrown below once the schema has had its say.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            deserializing = ExceptionDispatchInfo.Capture(ex);
        }

        ICollection<NJsonSchema.Validation.ValidationError> errors;
        try
        {
            errors = Schema.Value.Validate(json);
        }
        catch (Newtonsoft.Json.JsonException ex)
        {
            throw new InputException($"{displayPath}: not valid JSON: {ex.Message} Fix the syntax and try again.", ex);
        }
        if (errors.Count > 0)
        {
            var lines = errors.SelectMany(SchemaErrors.Flatten)
                .Select(e => $"  {displayPath}: {SchemaErrors.Pointer(e)}: {SchemaErrors.Describe(e)}")
                .Distinct()
                .Order(StringComparer.Ordinal);
            throw new InputException($"{displayPath} does not match its schema ({errors.Count} error(s)):{Environment.NewLine}{string.Join(Environment.NewLine, lines)}");
        }
        deserializing?.Throw();
        if (config is null) throw new InputException($"{displayPath} is empty. Run custojo init to create one.");
        _ = ResolveTimeZone(config.TimeZone, displayPath);
        return config;
    }

    public static TimeZoneInfo ResolveTimeZone(string id, string displayPath)
    {
        if (!id.Contains('/', StringComparison.Ordinal) && id is not "UTC" and not "Etc/UTC")
            throw UnknownZone(id, displayPath);
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw UnknownZone(id, displayPath);
        }
    }

    private static InputException UnknownZone(string id, string displayPath) =>
        new($"{displayPath}: #/timeZone: '{id}' is not a known IANA time zone. Use an id such as Europe/Berlin, America/New_York or UTC.");

    private static string ReadSchema()
    {
        using var stream = typeof(WorkspaceConfigReader).Assembly.GetManifestResourceStream("custojo.schema.json")
            ?? throw new InvalidOperationException("The custojo.json schema resource is missing from the engine assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
