namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>Base of every evidence kind. Concrete kinds carry <see cref="EvidenceKindAttribute"/>.</summary>
public abstract record EvidenceRecord;
