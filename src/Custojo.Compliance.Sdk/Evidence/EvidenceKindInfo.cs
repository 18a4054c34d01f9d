namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>What the engine, the store and the CLI know about one evidence kind.</summary>
public sealed record EvidenceKindInfo(string Name, Type RecordType, string TimeProperty, string? SubjectProperty, string Description);
