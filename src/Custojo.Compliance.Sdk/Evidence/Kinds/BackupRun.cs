namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>One run of a backup job (database, file system or whole system) as reported by the backup tool.</summary>
[EvidenceKind("backup-run", "startedAt", SubjectProperty = "target",
    Description = "One run of a backup job with its type, timing, outcome and size; from restic, borg, pgBackRest or a backup script.")]
public sealed record BackupRun : EvidenceRecord
{
    public required BackupCategory Category { get; init; }
    public required BackupType Type { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public required BackupOutcome Outcome { get; init; }
    public long? SizeBytes { get; init; }

    /// <summary>What was backed up: a database name, a stanza or a path set.</summary>
    public required string Target { get; init; }

    public required string Host { get; init; }
    public string? Repository { get; init; }
    public string? Tool { get; init; }

    /// <summary>Which data the backup covers, e.g. <c>uploads</c> or <c>documents</c>.</summary>
    public string? Scope { get; init; }

    public string? Error { get; init; }
    public string? SnapshotId { get; init; }

    /// <summary>The snapshot or backup this one is based on (incremental and differential backups).</summary>
    public string? ParentId { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    public static BackupRun Example { get; } = new()
    {
        Category = BackupCategory.Database,
        Type = BackupType.Full,
        StartedAt = new DateTimeOffset(2026, 11, 2, 1, 0, 0, TimeSpan.Zero),
        CompletedAt = new DateTimeOffset(2026, 11, 2, 1, 12, 37, TimeSpan.Zero),
        Outcome = BackupOutcome.Success,
        SizeBytes = 1_843_200_000,
        Target = "custojo",
        Host = "db-01",
        Repository = "/var/lib/pgbackrest",
        Tool = "pgbackrest 2.45",
        SnapshotId = "20261102-010000F",
        Tags = ["daily"],
    };
}
