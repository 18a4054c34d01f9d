using Microsoft.CodeAnalysis;

namespace Custojo.Compliance.Analyzers;

/// <summary>Formats locations for messages the way the lint output does: <c>file:line:column</c>, 1-based.</summary>
internal static class Locations
{
    public static string Describe(Location location)
    {
        var span = location.GetLineSpan();
        return $"{span.Path}:{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}";
    }
}
