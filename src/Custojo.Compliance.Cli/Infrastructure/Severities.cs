using Custojo.Compliance.Sdk.Controls;

namespace Custojo.Compliance.Cli.Infrastructure;

/// <summary>Severity names on the command line and in custojo.json.</summary>
internal static class Severities
{
    public static bool TryParse(string text, out Severity severity) =>
        Enum.TryParse(text, ignoreCase: true, out severity) && Enum.IsDefined(severity) && !int.TryParse(text, out _);

    public static Severity Parse(string text) =>
        TryParse(text, out var severity) ? severity : throw new Custojo.Compliance.Evidence.InputException($"Unknown severity '{text}': use critical, high, medium, low or info.");
}
