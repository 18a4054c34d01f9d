namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>A check that a backup is readable and intact: checksums, an integrity check or a test restore.</summary>
[EvidenceKind("backup-verification", "checkedAt", SubjectProperty = "target",
    Description = "A checksum, integrity or test-restore verification of a backup; from restic check, borg check or pgbackrest verify.")]
public sealed record BackupVerification : EvidenceRecord
{
    public required VerificationMethod Method { get; init; }
    public required DateTimeOffset CheckedAt { get; init; }
    public required string Target { get; init; }

    /// <summary>The snapshot, archive or backup label that was verified, when the check covers one backup.</summary>
    public string? BackupRef { get; init; }

    public required CheckOutcome Outcome { get; init; }
    public required string Host { get; init; }
    public string? Details { get; init; }

    public static BackupVerification Example { get; } = new()
    {
        Method = VerificationMethod.Checksum,
        CheckedAt = new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero),
        Target = "custojo",
        BackupRef = "20261102-010000F",
        Outcome = CheckOutcome.Passed,
        Host = "db-01",
        Details = "pgbackrest verify: 0 errors in 1843 files",
    };
}
