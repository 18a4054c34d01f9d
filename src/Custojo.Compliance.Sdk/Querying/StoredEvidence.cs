using System.Text;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Sdk.Querying;

/// <summary>
/// One row handed from the store to the Sdk: identity, kind, time, subject and canonical JSON. The store hands
/// the JSON as the UTF-8 it keeps, which the Sdk deserialises without a detour through a string; the text form
/// is made only when asked for.
/// </summary>
public sealed record StoredEvidence
{
    private readonly string? _json;
    private readonly byte[]? _utf8Json;
    private readonly byte[]? _idHash;
    private string? _id;

    public StoredEvidence(string id, string kind, DateTimeOffset observedAt, string? subject, string json)
        : this(id, kind, observedAt, subject)
    {
        ArgumentNullException.ThrowIfNull(json);
        _json = json;
    }

    public StoredEvidence(string id, string kind, DateTimeOffset observedAt, string? subject, byte[] utf8Json)
        : this(id, kind, observedAt, subject)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        _utf8Json = utf8Json;
    }

    /// <summary>A row whose id is given as the 32 bytes of its SHA-256, spelled out in hex only when read.</summary>
    public StoredEvidence(byte[] idHash, string kind, DateTimeOffset observedAt, string? subject, byte[] utf8Json)
        : this((string?)null, kind, observedAt, subject)
    {
        ArgumentNullException.ThrowIfNull(idHash);
        ArgumentNullException.ThrowIfNull(utf8Json);
        _idHash = idHash;
        _utf8Json = utf8Json;
    }

    private StoredEvidence(string? id, string kind, DateTimeOffset observedAt, string? subject)
    {
        _id = id;
        Kind = kind;
        ObservedAt = observedAt;
        Subject = subject;
    }

    public string Id => _id ??= Convert.ToHexStringLower(_idHash!);

    public string Kind { get; }

    public DateTimeOffset ObservedAt { get; }

    public string? Subject { get; }

    /// <summary>The canonical JSON as text.</summary>
    public string Json => _json ?? Encoding.UTF8.GetString(_utf8Json!);

    /// <summary>The canonical JSON as UTF-8.</summary>
    public ReadOnlyMemory<byte> Utf8Json => _utf8Json ?? Encoding.UTF8.GetBytes(_json!);

    /// <summary>The reference results keep to this row.</summary>
    internal EvidenceRef ToRef() => _idHash is { } hash ? new EvidenceRef(hash, Kind, ObservedAt) : new EvidenceRef(Id, Kind, ObservedAt);

    public bool Equals(StoredEvidence? other) =>
        other is not null && Id == other.Id && Kind == other.Kind && ObservedAt == other.ObservedAt && Subject == other.Subject
        && Utf8Json.Span.SequenceEqual(other.Utf8Json.Span);

    public override int GetHashCode() => HashCode.Combine(Id, Kind, ObservedAt, Subject);
}
