using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Custojo.Compliance.Evidence.Importers.Reading;

/// <summary>Turns an importer's location (<c>line 12</c>, <c>lines 3-9</c>, <c>$[0].backup[2]</c>) into the pipeline's line and JSON pointer.</summary>
internal static partial class RecordLocation
{
    public static (long? Line, string Pointer) Parse(string location)
    {
        var line = Line.Match(location);
        if (line.Success) return (long.Parse(line.Groups["n"].Value, CultureInfo.InvariantCulture), "");
        if (!location.StartsWith('$')) return (null, "");
        var pointer = new StringBuilder();
        foreach (Match step in Step.Matches(location))
        {
            var token = step.Groups["name"].Success ? step.Groups["name"].Value : step.Groups["index"].Value;
            pointer.Append('/').Append(token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
        }
        return (null, pointer.ToString());
    }

    [GeneratedRegex(@"^lines? (?<n>\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex Line { get; }

    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\[(?<index>\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Step { get; }
}
