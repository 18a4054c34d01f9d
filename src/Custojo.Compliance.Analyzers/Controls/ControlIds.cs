using System.Text.RegularExpressions;

namespace Custojo.Compliance.Analyzers.Controls;

/// <summary>The shape of a control id: upper-case letters and digits in dash-separated parts, e.g. <c>BKP-DB-01</c>.</summary>
public static partial class ControlIds
{
    /// <summary>The pattern every control id matches.</summary>
    public const string Pattern = "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$";

    public static bool IsValid(string id) => IdRegex().IsMatch(id);

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IdRegex();
}
