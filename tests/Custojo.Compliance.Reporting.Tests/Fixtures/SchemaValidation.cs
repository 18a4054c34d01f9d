using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Custojo.Compliance.Reporting.Tests.Fixtures;

/// <summary>Validates documents with NJsonSchema and returns every error as "path: kind".</summary>
internal static class SchemaValidation
{
    public static IReadOnlyList<string> Errors(JsonSchema schema, string json) =>
        [.. schema.Validate(JToken.Parse(json)).Select(e => $"{e.Path}: {e.Kind}").Order(StringComparer.Ordinal)];

    public static JsonSchema Load(string json) => JsonSchema.FromJsonAsync(json).GetAwaiter().GetResult();

    public static JsonSchema LoadFile(string relativePath) =>
        JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, relativePath)).GetAwaiter().GetResult();
}
