using Custojo.Compliance.Evidence.Querying;

namespace Custojo.Compliance.Evidence.Verification;

/// <summary>
/// The result of recomputing the store's hashes: intact with the recomputed head, or the first tampered row.
/// <see cref="RecordsVerified"/> counts the records that checked out before any problem.
/// </summary>
public sealed record VerifyResult(ChainHead Head, long RecordsVerified, TamperFinding? Problem)
{
    public bool Intact => Problem is null;
}
