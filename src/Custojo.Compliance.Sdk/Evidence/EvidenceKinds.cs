using System.Reflection;

namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>The catalogue of evidence kinds, read from the record types marked with <see cref="EvidenceKindAttribute"/>.</summary>
public static class EvidenceKinds
{
    private static readonly Lazy<IReadOnlyList<EvidenceKindInfo>> AllKinds = new(Discover);
    private static readonly Lazy<IReadOnlyDictionary<string, EvidenceKindInfo>> ByName =
        new(() => AllKinds.Value.ToDictionary(k => k.Name, StringComparer.Ordinal));
    private static readonly Lazy<IReadOnlyDictionary<Type, EvidenceKindInfo>> ByType =
        new(() => AllKinds.Value.ToDictionary(k => k.RecordType));

    /// <summary>Every kind, ordered by name.</summary>
    public static IReadOnlyList<EvidenceKindInfo> All => AllKinds.Value;

    public static bool TryGet(string name, out EvidenceKindInfo kind) => ByName.Value.TryGetValue(name, out kind!);

    public static EvidenceKindInfo Of<T>() where T : EvidenceRecord => Of(typeof(T));

    public static EvidenceKindInfo Of(Type recordType) =>
        ByType.Value.TryGetValue(recordType, out var kind)
            ? kind
            : throw new ArgumentException($"{recordType.Name} is not an evidence kind: mark it with [EvidenceKind].", nameof(recordType));

    private static IReadOnlyList<EvidenceKindInfo> Discover() =>
        [.. typeof(EvidenceKinds).Assembly.GetTypes()
            .Select(t => (Type: t, Attribute: t.GetCustomAttribute<EvidenceKindAttribute>()))
            .Where(x => x.Attribute is not null && typeof(EvidenceRecord).IsAssignableFrom(x.Type))
            .Select(x => new EvidenceKindInfo(x.Attribute!.Name, x.Type, x.Attribute.TimeProperty, x.Attribute.SubjectProperty, x.Attribute.Description)
            {
                IndexedProperties = [.. x.Attribute.IndexedProperties],
            })
            .OrderBy(k => k.Name, StringComparer.Ordinal)];
}
