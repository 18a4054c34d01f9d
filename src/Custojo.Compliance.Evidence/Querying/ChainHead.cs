namespace Custojo.Compliance.Evidence.Querying;

/// <summary>The end of the evidence hash chain: its hash (hex), the number of records and of import batches it covers.</summary>
public sealed record ChainHead(string Hash, long Records, long Batches);
