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
        var values = control.Parameters.ToDictionary(p => p.Name, p => p.DefaultValue, StringComparer.Ordinal);
        if (overrides.TryGetValue(control.Id, out var controlOverrides))
        {
            foreach (var (name, value) in controlOverrides)
            {
                var declared = control.Parameters.FirstOrDefault(p => p.Name == name)
                    ?? throw new InputException($"custojo.json: #/parameters/{control.Id}/{name}: control {control.Id} has no parameter '{name}'. Its parameters: {Names(control)}.");
                values[name] = ParameterValues.Parse(value, declared.Type, $"custojo.json: #/parameters/{control.Id}/{name}");
            }
        }
        var shown = new SortedDictionary<string, string>(values.ToDictionary(kv => kv.Key, kv => ParameterValues.Format(kv.Value)), StringComparer.Ordinal);
        return (values, shown);
    }

    private static string Names(ControlDefinition control) =>
        control.Parameters.Count == 0 ? "none" : string.Join(", ", control.Parameters.Select(p => p.Name));
}
