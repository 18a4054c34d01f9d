namespace Custojo.Compliance.Sdk.Querying;

/// <summary>One row handed from the store to the Sdk: identity, kind, time, subject and canonical JSON.</summary>
public sealed record StoredEvidence(string Id, string Kind, DateTimeOffset ObservedAt, string? Subject, string Json);
