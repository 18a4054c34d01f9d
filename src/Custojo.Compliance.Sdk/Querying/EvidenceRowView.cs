namespace Custojo.Compliance.Sdk.Querying;

/// <summary>One stored row as the store holds it while a reader looks at it (see <see cref="IEvidenceRowSource"/>).</summary>
internal readonly ref struct EvidenceRowView(ReadOnlySpan<byte> idHash, DateTimeOffset observedAt, ReadOnlySpan<byte> subject, bool hasSubject, ReadOnlySpan<byte> json)
{
    /// <summary>The 32 bytes of the record's SHA-256, its id.</summary>
    public ReadOnlySpan<byte> IdHash { get; } = idHash;

    public DateTimeOffset ObservedAt { get; } = observedAt;

    /// <summary>The subject as UTF-8; empty when <see cref="HasSubject"/> is false.</summary>
    public ReadOnlySpan<byte> Subject { get; } = subject;

    public bool HasSubject { get; } = hasSubject;

    /// <summary>The record's canonical JSON as UTF-8.</summary>
    public ReadOnlySpan<byte> Json { get; } = json;
}
