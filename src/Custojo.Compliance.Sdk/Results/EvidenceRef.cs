namespace Custojo.Compliance.Sdk.Results;

/// <summary>
/// Points at one evidence record a result was decided on. <see cref="Id"/> is the SHA-256 (hex) of the
/// record's canonical JSON, so it is both the identity and the content hash of the record.
/// </summary>
public sealed record EvidenceRef(string Id, string Kind, DateTimeOffset ObservedAt);
