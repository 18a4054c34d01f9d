using Custojo.Compliance.Sdk.Querying;

namespace Custojo.Compliance.Evidence.Querying;

/// <summary>A stored record as listed: its position in the chain and batch, and the record as policies see it.</summary>
public sealed record EvidenceRow(long Seq, long Batch, StoredEvidence Record);
