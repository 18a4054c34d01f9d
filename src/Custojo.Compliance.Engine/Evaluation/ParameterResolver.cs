using System.Text.Json;
using Custojo.Compliance.Engine.Parameters;
using Custojo.Compliance.Evidence;
using Custojo.Compliance.Sdk.Controls;

namespace Custojo.Compliance.Engine.Evaluation;

/// <summary>The parameters in effect for a control: its pack defaults, overridden by the workspace's custojo.json.</summary>
internal static class ParameterResolver
{
    public static (IReadOnlyDictionary<string, object> Values, IReadOnlyDictionary<string, string> Shown) Resolve(
        ControlDefinition control, IReadOnlyDictionary<string, Dictionary<string, JsonElement>> overrides)
    {
        JsonElement? own = overrides.TryGetValue(control.Id, out var values) ? JsonSerializer.SerializeToElement(values) : null;
        var resolution = ParameterValues.Resolve(control, own);
        if (!resolution.IsValid)
            throw new InputException($"Parameter overrides of control {control.Id} are invalid (custojo.json \"parameters\"): {string.Join("; ", resolution.Errors.Select(e => e.ToString()))}");
        return (resolution.Values, resolution.Rendered);
    }
}
