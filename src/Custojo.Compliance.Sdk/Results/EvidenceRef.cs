namespace Custojo.Compliance.Sdk.Results;

/// <summary>
/// Points at one evidence record a result was decided on. <see cref="Id"/> is the SHA-256 (hex) of the
/// record's canonical JSON, so it is both the identity and the content hash of the record.
/// </summary>
public sealed record EvidenceRef
{
    // A reference read from the store keeps the 32 hash bytes and spells them out only when asked: most
    // records a check reads never end up in a result, and a run may hold hundreds of thousands of them.
    private readonly byte[]? _hash;
    private string? _id;

    public EvidenceRef(string Id, string Kind, DateTimeOffset ObservedAt)
    {
        this.Id = Id;
        this.Kind = Kind;
        this.ObservedAt = ObservedAt;
    }

    internal EvidenceRef(byte[] hash, string kind, DateTimeOffset observedAt)
    {
        _hash = hash;
        Kind = kind;
        ObservedAt = observedAt;
    }

    public string Id
    {
        get => _id ??= Convert.ToHexStringLower(_hash!);
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _id = value;
            _hash = null;
        }
    }

    public string Kind { get; init; }

    public DateTimeOffset ObservedAt { get; init; }

    public void Deconstruct(out string Id, out string Kind, out DateTimeOffset ObservedAt)
    {
        Id = this.Id;
        Kind = this.Kind;
        ObservedAt = this.ObservedAt;
    }

    public bool Equals(EvidenceRef? other) =>
        other is not null && Kind == other.Kind && ObservedAt == other.ObservedAt
        && (_hash is not null && other._hash is not null ? _hash.AsSpan().SequenceEqual(other._hash) : Id == other.Id);

    public override int GetHashCode() => HashCode.Combine(Kind, ObservedAt);
}
