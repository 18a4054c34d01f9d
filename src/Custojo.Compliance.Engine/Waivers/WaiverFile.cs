using System.Text.Json;
using Custojo.Compliance.Engine.Validation;
using Custojo.Compliance.Engine.Workspace;
using Custojo.Compliance.Evidence;
using NJsonSchema;

namespace Custojo.Compliance.Engine.Waivers;

/// <summary>
/// Reads <c>waivers.json</c>: validates it against its published schema and then against
/// <see cref="WaiverRules"/>, and reports every problem at once with the file and a JSON pointer.
/// A missing file means no waivers.
/// </summary>
public static class WaiverFile
{
    public const string SchemaFileName = "waivers.schema.json";

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>The published JSON Schema of waivers.json.</summary>
    public static string SchemaText { get; } = ReadSchema();

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromJsonAsync(SchemaText).GetAwaiter().GetResult());

    public static IReadOnlyList<Waiver> Load(string path, IReadOnlySet<string> controlIds, WaiverConfig config) =>
        File.Exists(path) ? Parse(File.ReadAllText(path), path, controlIds, config) : [];

    public static IReadOnlyList<Waiver> Parse(string json, string displayPath, IReadOnlySet<string> controlIds, WaiverConfig config)
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
        var schemaProblems = errors.SelectMany(SchemaErrors.Flatten)
            .Select(e => (Pointer: SchemaErrors.Pointer(e), Text: Describe(e)))
            .Distinct()
            .ToList();
        List<Waiver?> items;
        try
        {
            items = Items(json, schemaProblems.Select(p => p.Pointer));
        }
        catch (JsonException ex)
        {
            throw new InputException($"{displayPath}: not valid JSON: {ex.Message} Fix the syntax and try again.", ex);
        }
        var problems = WaiverRules.Check(items, controlIds, config);
        var lines = schemaProblems.Concat(problems.Select(p => (p.Pointer, Text: p.Message)))
            .OrderBy(p => p.Pointer, StringComparer.Ordinal).ThenBy(p => p.Text, StringComparer.Ordinal)
            .Select(p => $"{p.Pointer}: {p.Text}")
            .ToList();
        if (lines.Count > 0) throw Invalid(displayPath, lines);
        return [.. items.OfType<Waiver>()];
    }

    /// <summary>The waivers of the file by position; null where the schema found a problem in that waiver.</summary>
    private static List<Waiver?> Items(string json, IEnumerable<string> schemaPointers)
    {
        var broken = schemaPointers.Select(ItemIndex).OfType<int>().ToHashSet();
        if (schemaPointers.Any(p => ItemIndex(p) is null)) return [];
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("waivers").EnumerateArray()
            .Select((item, i) => broken.Contains(i) ? null : item.Deserialize<Waiver>(JsonOptions))];
    }

    private static int? ItemIndex(string pointer) =>
        pointer.StartsWith("#/waivers/", StringComparison.Ordinal)
        && int.TryParse(pointer.AsSpan("#/waivers/".Length).ToString().Split('/')[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            ? index : null;

    private static InputException Invalid(string displayPath, IReadOnlyList<string> lines) =>
        new($"{displayPath} has {lines.Count} error(s); nothing was checked or written. Fix them (schema: custojo waiver schema):{Environment.NewLine}"
            + string.Join(Environment.NewLine, lines.Select(line => $"  {displayPath}: {line}")));

    private static string Describe(NJsonSchema.Validation.ValidationError error) =>
        error.Kind == NJsonSchema.Validation.ValidationErrorKind.PatternMismatch && error.Property is "created" or "expires"
            ? "not an instant with Z or an offset; write e.g. 2026-12-31T23:00:00Z or 2026-12-31T23:00:00+01:00"
            : SchemaErrors.Describe(error);

    private static string ReadSchema()
    {
        using var stream = typeof(WaiverFile).Assembly.GetManifestResourceStream(SchemaFileName)
            ?? throw new InvalidOperationException("The waivers.json schema resource is missing from the engine assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
