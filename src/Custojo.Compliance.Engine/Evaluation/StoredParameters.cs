using System.Text.Json;
using Custojo.Compliance.Sdk.Controls;

namespace Custojo.Compliance.Engine.Evaluation;

/// <summary>
/// Turns parameters as a run stored them (rendered text, see <c>ParameterValues.Format</c>) back into the JSON
/// overrides the resolver reads: durations and strings as JSON strings, numbers, booleans and string arrays
/// as the JSON their rendering already is. A replay thereby evaluates with exactly the stored values.
/// </summary>
internal static class StoredParameters
{
    public static IReadOnlyDictionary<string, Dictionary<string, JsonElement>> AsOverrides(
        ControlDefinition control, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> stored)
    {
        if (!stored.TryGetValue(control.Id, out var values)) return new Dictionary<string, Dictionary<string, JsonElement>>();
        var types = control.Parameters.ToDictionary(p => p.Name, p => p.Type, StringComparer.Ordinal);
        var overrides = values
            .Where(v => types.ContainsKey(v.Key))
            .ToDictionary(v => v.Key, v => Element(types[v.Key], v.Value), StringComparer.Ordinal);
        return new Dictionary<string, Dictionary<string, JsonElement>>(StringComparer.Ordinal) { [control.Id] = overrides };
    }

    private static JsonElement Element(Type type, string rendered) =>
        type == typeof(TimeSpan) || type == typeof(string)
            ? JsonSerializer.SerializeToElement(rendered)
            : JsonDocument.Parse(rendered).RootElement.Clone();
}
