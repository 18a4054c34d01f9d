using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Custojo.Compliance.Sdk.Controls;
using Custojo.Compliance.Sdk.Time;

namespace Custojo.Compliance.Engine.Parameters;

/// <summary>
/// Reads workspace overrides of control parameters (the JSON values under <c>parameters.&lt;id&gt;</c> in
/// custojo.json) into the types the controls declared, and renders values invariantly for run records.
/// Durations are written as <c>"90s"</c>, <c>"30m"</c>, <c>"6h"</c>, <c>"7d"</c>, <c>"2w"</c>, <c>"1d 12h"</c> or ISO 8601
/// <c>"PT30M"</c>; numbers, booleans, strings and string arrays as plain JSON.
/// </summary>
internal static class ParameterValues
{
    private const int ShownValueLength = 80;

    private static readonly JsonSerializerOptions ArrayFormat = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The parameters in effect for <paramref name="control"/>: each declared default, replaced by the override of
    /// the same name in <paramref name="overrides"/> (a JSON object, or null when the workspace sets none).
    /// Every problem is reported, not just the first: unknown names, wrong types, unsupported declarations.
    /// </summary>
    public static ParameterResolution Resolve(ControlDefinition control, JsonElement? overrides)
    {
        ArgumentNullException.ThrowIfNull(control);
        var path = $"parameters.{control.Id}";
        var errors = new List<ParameterError>();
        var values = new SortedDictionary<string, object>(StringComparer.Ordinal);
        var declared = new Dictionary<string, ParameterDefinition>(StringComparer.Ordinal);
        foreach (var parameter in control.Parameters)
        {
            declared[parameter.Name] = parameter;
            values[parameter.Name] = parameter.DefaultValue;
            if (!ParameterKinds.IsSupported(parameter.Type))
                errors.Add(new($"{path}.{parameter.Name}", $"parameter type {ParameterKinds.Name(parameter.Type)} is not supported; declare it as {ParameterKinds.Supported}."));
        }

        if (overrides is { } given)
        {
            if (given.ValueKind != JsonValueKind.Object)
                errors.Add(new(path, $"expected an object of parameter values such as {{\"maxGap\": \"30m\"}}, got {Show(given)}."));
            else
                ApplyOverrides(given, path, declared, values, errors);
        }

        return new ParameterResolution(values, errors);
    }

    /// <summary>
    /// Reads one JSON value as the type <paramref name="parameter"/> declares. On failure <paramref name="error"/>
    /// names the value's path, the expected type and the value given.
    /// </summary>
    public static bool TryParse(string controlId, ParameterDefinition parameter, JsonElement value, [NotNullWhen(true)] out object? parsed, [NotNullWhen(false)] out ParameterError? error)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        return TryParse($"parameters.{controlId}.{parameter.Name}", parameter.Type, value, out parsed, out error);
    }

    /// <summary>
    /// A value rendered invariantly and deterministically: durations as <see cref="Durations.Format"/> writes them
    /// (<c>30m</c>, <c>1d 12h</c>), numbers in invariant culture (shortest round-trip form for doubles), booleans
    /// as <c>true</c>/<c>false</c>, strings as they are, string arrays as a JSON array.
    /// </summary>
    public static string Format(object value) => value switch
    {
        TimeSpan duration => Durations.Format(duration),
        bool flag => flag ? "true" : "false",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        string text => text,
        string[] texts => JsonSerializer.Serialize(texts, ArrayFormat),
        _ => throw new ArgumentException($"Parameter values of type {value.GetType().Name} cannot be rendered; use {ParameterKinds.Supported}.", nameof(value)),
    };

    private static void ApplyOverrides(JsonElement given, string path, Dictionary<string, ParameterDefinition> declared, SortedDictionary<string, object> values, List<ParameterError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in given.EnumerateObject())
        {
            var propertyPath = $"{path}.{property.Name}";
            if (!seen.Add(property.Name))
            {
                errors.Add(new(propertyPath, "is given more than once; keep one value."));
                continue;
            }

            if (!declared.TryGetValue(property.Name, out var parameter))
            {
                errors.Add(new(propertyPath, UnknownParameter(property.Name, declared.Keys)));
                continue;
            }

            if (!ParameterKinds.IsSupported(parameter.Type)) continue; // already reported on the declaration
            if (TryParse(propertyPath, parameter.Type, property.Value, out var parsed, out var error))
                values[parameter.Name] = parsed;
            else
                errors.Add(error);
        }
    }

    private static string UnknownParameter(string name, IEnumerable<string> declared)
    {
        var names = declared.Order(StringComparer.Ordinal).ToList();
        if (names.Count == 0) return "the control declares no parameters; remove this value.";
        var similar = names.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        var hint = similar is null ? "" : $" Did you mean \"{similar}\"?";
        return $"the control declares no parameter \"{name}\"; it declares {string.Join(", ", names)}.{hint}";
    }

    private static bool TryParse(string path, Type type, JsonElement value, [NotNullWhen(true)] out object? parsed, [NotNullWhen(false)] out ParameterError? error)
    {
        error = null;
        parsed = Read(type, value);
        if (parsed is not null) return true;

        if (type == typeof(string[]) && value.ValueKind == JsonValueKind.Array)
        {
            var index = value.EnumerateArray().Select((item, i) => (item, i)).First(x => x.item.ValueKind != JsonValueKind.String).i;
            error = new($"{path}[{index}]", $"expected a string, got {Show(value[index])}.");
            return false;
        }

        error = new(path, $"expected {ParameterKinds.Expected(type)}, got {Show(value)}.");
        return false;
    }

    private static object? Read(Type type, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when type == typeof(TimeSpan) => Durations.TryParse(value.GetString(), out var duration) ? duration : null,
        JsonValueKind.String when type == typeof(string) => value.GetString(),
        JsonValueKind.Number when type == typeof(int) => value.TryGetInt32(out var number) ? number : null,
        JsonValueKind.Number when type == typeof(long) => value.TryGetInt64(out var number) ? number : null,
        JsonValueKind.Number when type == typeof(double) => value.TryGetDouble(out var number) && double.IsFinite(number) ? number : null,
        JsonValueKind.True or JsonValueKind.False when type == typeof(bool) => value.GetBoolean(),
        JsonValueKind.Array when type == typeof(string[]) => value.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String)
            ? value.EnumerateArray().Select(i => i.GetString()!).ToArray()
            : null,
        _ => null,
    };

    /// <summary>The value as it was written in the file, shortened when long.</summary>
    private static string Show(JsonElement value)
    {
        var raw = value.GetRawText();
        return raw.Length <= ShownValueLength ? raw : string.Concat(raw.AsSpan(0, ShownValueLength), "…");
    }
}
