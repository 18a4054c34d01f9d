using System.Reflection;

namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>
/// One valid example record per kind, declared beside each record as its static <c>Example</c> property:
/// a starting point for collector authors and fixtures for tests.
/// </summary>
public static class EvidenceExamples
{
    /// <summary>The example record of <paramref name="kind"/>.</summary>
    public static EvidenceRecord For(EvidenceKindInfo kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var property = kind.RecordType.GetProperty("Example", BindingFlags.Public | BindingFlags.Static);
        return property?.GetValue(null) as EvidenceRecord
            ?? throw new InvalidOperationException($"Evidence kind '{kind.Name}' ({kind.RecordType.Name}) declares no static Example property. Add one next to the record.");
    }
}
