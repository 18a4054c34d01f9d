using System.Text.Json;
using System.Text.Json.Nodes;

namespace Custojo.Compliance.Evidence.Importers.Reading;

/// <summary>
/// Typed reads of one JSON object of a tool's output. A missing or mistyped field throws a
/// <see cref="ToolFormatException"/> naming its JSON path (or line) and the type expected.
/// </summary>
internal readonly struct JsonScope
{
    private readonly JsonObject _object;
    private readonly string _importer;

    private JsonScope(JsonObject obj, string path, string importer)
    {
        _object = obj;
        Path = path;
        _importer = importer;
    }

    /// <summary>The scope's location: a JSON path, or a line for NDJSON inputs.</summary>
    public string Path { get; }

    public static JsonScope Of(JsonNode? node, string path, string importer, string expected) =>
        node is JsonObject obj ? new JsonScope(obj, path, importer) : throw ToolFormatException.At(importer, path, expected, Show(node));

    public bool Has(string name) => _object.TryGetPropertyValue(name, out var value) && value is not null;

    public string String(string name) => OptionalString(name) ?? throw Missing(name, "a string");

    public string? OptionalString(string name) => Get(name) switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        var other => throw Wrong(name, "a string", other),
    };

    public long Long(string name) => OptionalLong(name) ?? throw Missing(name, "an integer");

    public long? OptionalLong(string name) => Get(name) switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<long>(out var n) => n,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<double>(out var d) && d == Math.Floor(d) && Math.Abs(d) < 9e15 => (long)d,
        var other => throw Wrong(name, "an integer", other),
    };

    public double Double(string name) => OptionalDouble(name) ?? throw Missing(name, "a number");

    public double? OptionalDouble(string name) => Get(name) switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<double>(),
        var other => throw Wrong(name, "a number", other),
    };

    public bool Bool(string name) => Get(name) switch
    {
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        null => throw Missing(name, "true or false"),
        var other => throw Wrong(name, "true or false", other),
    };

    public JsonScope Object(string name) => OptionalObject(name) ?? throw Missing(name, "an object");

    public JsonScope? OptionalObject(string name) => Get(name) switch
    {
        null => null,
        JsonObject o => new JsonScope(o, Child(name), _importer),
        var other => throw Wrong(name, "an object", other),
    };

    public JsonArray Array(string name) => OptionalArray(name) ?? throw Missing(name, "an array");

    public JsonArray? OptionalArray(string name) => Get(name) switch
    {
        null => null,
        JsonArray a => a,
        var other => throw Wrong(name, "an array", other),
    };

    /// <summary>The objects of array <paramref name="name"/>, each as a scope with its index in the path.</summary>
    public IEnumerable<JsonScope> Objects(string name, string expected)
    {
        var array = Array(name);
        var path = Child(name);
        var importer = _importer;
        return array.Select((item, i) => Of(item, $"{path}[{i}]", importer, expected));
    }

    /// <summary>The strings of array <paramref name="name"/> (empty when absent).</summary>
    public IReadOnlyList<string> Strings(string name)
    {
        var array = OptionalArray(name);
        if (array is null) return [];
        var result = new List<string>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            result.Add(array[i] is JsonValue v && v.GetValueKind() == JsonValueKind.String
                ? v.GetValue<string>()
                : throw ToolFormatException.At(_importer, $"{Child(name)}[{i}]", "a string", Show(array[i])));
        }
        return result;
    }

    public ToolFormatException Error(string name, string expected, string? found) =>
        ToolFormatException.At(_importer, Child(name), expected, found);

    private JsonNode? Get(string name) => _object.TryGetPropertyValue(name, out var value) ? value : null;

    private string Child(string name) => Path.StartsWith("line ", StringComparison.Ordinal) ? $"{Path}, field {name}" : $"{Path}.{name}";

    private ToolFormatException Missing(string name, string expected) => ToolFormatException.At(_importer, Child(name), expected, "nothing (field missing)");

    private ToolFormatException Wrong(string name, string expected, JsonNode? found) => ToolFormatException.At(_importer, Child(name), expected, Show(found));

    private static string Show(JsonNode? node) => node?.ToJsonString() ?? "null";
}
