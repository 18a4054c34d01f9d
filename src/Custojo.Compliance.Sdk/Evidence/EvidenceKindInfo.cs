namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>What the engine, the store and the CLI know about one evidence kind.</summary>
public sealed record EvidenceKindInfo(string Name, Type RecordType, string TimeProperty, string? SubjectProperty, string Description)
{
    /// <summary>JSON names of the properties the store indexes for this kind (see <see cref="EvidenceKindAttribute.IndexedProperties"/>).</summary>
    public IReadOnlyList<string> IndexedProperties { get; init; } = [];
}
