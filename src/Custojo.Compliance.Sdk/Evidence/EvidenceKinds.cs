using System.Collections.Concurrent;
using System.Reflection;

namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>The catalogue of evidence kinds, read from the record types marked with <see cref="EvidenceKindAttribute"/>.</summary>
public static class EvidenceKinds
{
    private static readonly ConcurrentDictionary<Type, EvidenceKindInfo?> ByType = new();
    private static readonly Lazy<IReadOnlyList<EvidenceKindInfo>> AllKinds = new(Discover);
    private static readonly Lazy<IReadOnlyDictionary<string, EvidenceKindInfo>> ByName =
        new(() => AllKinds.Value.ToDictionary(k => k.Name, StringComparer.Ordinal));

    /// <summary>Every kind, ordered by name.</summary>
    public static IReadOnlyList<EvidenceKindInfo> All => AllKinds.Value;

    public static bool TryGet(string name, out EvidenceKindInfo kind) => ByName.Value.TryGetValue(name, out kind!);

    public static EvidenceKindInfo Of<T>() where T : EvidenceRecord => Of(typeof(T));

    /// <summary>
    /// The kind <paramref name="recordType"/> is marked as. Reads that type's attribute only: discovering every kind
    /// scans the Sdk's types, about a tenth of what a check of one control costs besides the control itself. Only the
    /// Sdk's own types are remembered: a type a policy declares must not outlive the policy's collectible load context.
    /// </summary>
    public static EvidenceKindInfo Of(Type recordType) =>
        (recordType.Assembly == typeof(EvidenceKinds).Assembly ? ByType.GetOrAdd(recordType, Describe) : Describe(recordType))
            ?? throw new ArgumentException($"{recordType.Name} is not an evidence kind: mark it with [EvidenceKind].", nameof(recordType));

    private static EvidenceKindInfo? Describe(Type type) =>
        type.GetCustomAttribute<EvidenceKindAttribute>() is { } attribute && typeof(EvidenceRecord).IsAssignableFrom(type)
            ? new EvidenceKindInfo(attribute.Name, type, attribute.TimeProperty, attribute.SubjectProperty, attribute.Description)
            {
                IndexedProperties = [.. attribute.IndexedProperties],
            }
            : null;

    private static IReadOnlyList<EvidenceKindInfo> Discover() =>
        [.. typeof(EvidenceKinds).Assembly.GetTypes()
            .Select(type => ByType.GetOrAdd(type, Describe))
            .OfType<EvidenceKindInfo>()
            .OrderBy(k => k.Name, StringComparer.Ordinal)];
}
