namespace Custojo.Compliance.Sdk.Results;

/// <summary>
/// Points at one evidence record a result was decided on. <see cref="Id"/> is the SHA-256 (hex) of the
/// record's canonical JSON, so it is both the identity and the content hash of the record.
/// </summary>
public sealed record EvidenceRef
{
    // A reference read from the store keeps the 32 hash bytes in the object itself and spells them out only
    // when asked: most records a check reads never end up in a result, and a run may hold hundreds of thousands.
    private readonly HashBytes _hash;
    private readonly bool _hasHash;
    private string? _id;

    public EvidenceRef(string Id, string Kind, DateTimeOffset ObservedAt)
    {
        this.Id = Id;
        this.Kind = Kind;
        this.ObservedAt = ObservedAt;
    }

    internal EvidenceRef(ReadOnlySpan<byte> hash, string kind, DateTimeOffset observedAt)
    {
        // A row edited to hold an id of another length keeps it, spelled out, as before.
        if (hash.Length == HashBytes.Length)
        {
            hash.CopyTo(_hash);
            _hasHash = true;
        }
        else
        {
            _id = Convert.ToHexStringLower(hash);
        }
        Kind = kind;
        ObservedAt = observedAt;
    }

    public string Id
    {
        get => _id ??= Convert.ToHexStringLower(_hash);
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _id = value;
            _hasHash = false;
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
        && (_hasHash && other._hasHash ? ((ReadOnlySpan<byte>)_hash).SequenceEqual(other._hash) : Id == other.Id);

    public override int GetHashCode() => HashCode.Combine(Kind, ObservedAt);

    [System.Runtime.CompilerServices.InlineArray(Length)]
    private struct HashBytes
    {
        public const int Length = 32;

        private byte _first;
    }
}
