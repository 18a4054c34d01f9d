namespace Custojo.Compliance.Reporting.Model;

/// <summary>Severity spelling and order in reports: critical first, unknown names last (ordinal).</summary>
internal static class Severities
{
    private static readonly string[] Known = ["critical", "high", "medium", "low", "info"];

    public static string Normalise(string severity) => severity.Trim().ToLowerInvariant();

    public static int Rank(string severity)
    {
        var index = Array.IndexOf(Known, Normalise(severity));
        return index < 0 ? Known.Length : index;
    }

    public static IEnumerable<string> Order(IEnumerable<string> severities) =>
        severities.Select(Normalise).Distinct(StringComparer.Ordinal)
            .OrderBy(Rank).ThenBy(s => s, StringComparer.Ordinal);
}
