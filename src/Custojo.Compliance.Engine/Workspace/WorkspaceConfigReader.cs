using System.Text.Json;
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

    public static WorkspaceConfig Parse(string json, string displayPath)
    {
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
            var lines = errors.SelectMany(Flatten)
                .Select(e => $"  {displayPath}: {Pointer(e)}: {Describe(e)}")
                .Distinct()
                .Order(StringComparer.Ordinal);
            throw new InputException($"{displayPath} does not match its schema ({errors.Count} error(s)):{Environment.NewLine}{string.Join(Environment.NewLine, lines)}");
        }
        var config = JsonSerializer.Deserialize<WorkspaceConfig>(json, JsonOptions)
            ?? throw new InputException($"{displayPath} is empty. Run custojo init to create one.");
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

    private static IEnumerable<NJsonSchema.Validation.ValidationError> Flatten(NJsonSchema.Validation.ValidationError error) =>
        error is NJsonSchema.Validation.ChildSchemaValidationError child
            ? child.Errors.SelectMany(e => e.Value).SelectMany(Flatten).DefaultIfEmpty(error)
            : [error];

    private static string Pointer(NJsonSchema.Validation.ValidationError error)
    {
        var path = error.Path ?? "#";
        if (error.Kind == NJsonSchema.Validation.ValidationErrorKind.PropertyRequired && error.Property is { } required)
            path = path.EndsWith("/" + required, StringComparison.Ordinal) ? path : $"{path.TrimEnd('/')}/{required}";
        // NJsonSchema writes "#/check.failOn" and "items[0]"; show a JSON pointer: "#/check/failOn", "items/0".
        path = path.TrimStart('#').TrimStart('/').Replace('.', '/').Replace("[", "/", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal);
        return "#/" + path;
    }

    private static string Describe(NJsonSchema.Validation.ValidationError error) => error.Kind switch
    {
        NJsonSchema.Validation.ValidationErrorKind.PropertyRequired => "required property is missing",
        NJsonSchema.Validation.ValidationErrorKind.NoAdditionalPropertiesAllowed => "unknown property (check its spelling against the schema)",
        NJsonSchema.Validation.ValidationErrorKind.NotInEnumeration => "value is not one of the allowed values",
        _ => $"{SplitWords(error.Kind.ToString())}",
    };

    private static string SplitWords(string kind) =>
        string.Concat(kind.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static string ReadSchema()
    {
        using var stream = typeof(WorkspaceConfigReader).Assembly.GetManifestResourceStream("custojo.schema.json")
            ?? throw new InvalidOperationException("The custojo.json schema resource is missing from the engine assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
