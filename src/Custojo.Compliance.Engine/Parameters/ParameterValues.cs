using System.Globalization;
using System.Text.Json;
using Custojo.Compliance.Evidence;

namespace Custojo.Compliance.Engine.Parameters;

// Interim: replaced by the sdktime branch's full implementation.
internal static class ParameterValues
{
    public static object Parse(JsonElement value, Type type, string path) => type switch
    {
        _ when type == typeof(TimeSpan) && value.ValueKind == JsonValueKind.String && System.Xml.XmlConvert.ToTimeSpan(value.GetString()!) is var t => t,
        _ when type == typeof(int) && value.TryGetInt32(out var i) => i,
        _ when type == typeof(double) && value.TryGetDouble(out var d) => d,
        _ when type == typeof(bool) && value.ValueKind is JsonValueKind.True or JsonValueKind.False => value.GetBoolean(),
        _ when type == typeof(string) && value.ValueKind == JsonValueKind.String => value.GetString()!,
        _ => throw new InputException($"{path}: expected a {type.Name}, got {value.GetRawText()}"),
    };

    public static string Format(object value) => value switch
    {
        TimeSpan t => System.Xml.XmlConvert.ToString(t),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
