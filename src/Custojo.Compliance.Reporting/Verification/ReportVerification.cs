namespace Custojo.Compliance.Reporting.Verification;

/// <summary>
/// Every check run on a report, in order, plus what the caller needs for its own checks: the signer,
/// and the run id and evidence chain head read from the attached results (for the store check).
/// </summary>
public sealed record ReportVerification
{
    public required IReadOnlyList<VerificationCheck> Checks { get; init; }

    /// <summary>True when no check failed (skipped checks do not fail).</summary>
    public bool Passed => Checks.All(c => c.Status != CheckStatus.Fail);

    /// <summary>The signer certificate's subject, when a signature could be read.</summary>
    public string? SignerSubject { get; init; }

    /// <summary>The signing time in the signature's signed attributes, when present.</summary>
    public DateTimeOffset? SigningTime { get; init; }

    /// <summary>The run id of the attached results (null when they could not be read).</summary>
    public string? RunId { get; init; }

    /// <summary>The evidence chain head the run was computed on, from the attached results.</summary>
    public string? EvidenceChainHead { get; init; }

    /// <summary>The number of evidence records in the store when the run was made, from the attached results.</summary>
    public long? EvidenceCount { get; init; }

    /// <summary>The attached results document (run-results.schema.json), when it could be read; trust it only when <see cref="Passed"/>.</summary>
    public ReadOnlyMemory<byte>? AttachedResults { get; init; }
}
