namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>The state of PostgreSQL's WAL archiving (transaction-log backups) at one instant.</summary>
[EvidenceKind("wal-archive-status", "sampledAt", SubjectProperty = "cluster",
    Description = "PostgreSQL WAL archiver counters and last archived/failed times (pg_stat_archiver): the transaction-log backup health.")]
public sealed record WalArchiveStatus : EvidenceRecord
{
    /// <summary>The cluster or stanza, e.g. <c>demo</c> or <c>db-01/15/main</c>.</summary>
    public required string Cluster { get; init; }

    public required DateTimeOffset SampledAt { get; init; }

    /// <summary>WAL segments archived since the counters were last reset (cumulative).</summary>
    public required long ArchivedCount { get; init; }

    /// <summary>Failed archive attempts since the counters were last reset (cumulative).</summary>
    public required long FailedCount { get; init; }

    public string? LastArchivedWal { get; init; }
    public DateTimeOffset? LastArchivedAt { get; init; }
    public string? LastFailedWal { get; init; }
    public DateTimeOffset? LastFailedAt { get; init; }

    /// <summary>True when the last failure is more recent than the last success: archiving is currently failing.</summary>
    public required bool FailedSinceLast { get; init; }

    public DateTimeOffset? StatsResetAt { get; init; }

    public static WalArchiveStatus Example { get; } = new()
    {
        Cluster = "demo",
        SampledAt = new DateTimeOffset(2026, 11, 2, 12, 0, 0, TimeSpan.Zero),
        ArchivedCount = 2_817,
        FailedCount = 0,
        LastArchivedWal = "000000010000000000000B01",
        LastArchivedAt = new DateTimeOffset(2026, 11, 2, 11, 59, 31, TimeSpan.Zero),
        FailedSinceLast = false,
        StatsResetAt = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero),
    };
}
