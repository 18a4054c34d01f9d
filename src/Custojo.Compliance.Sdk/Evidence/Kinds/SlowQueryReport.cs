namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>A report of the queries slower than a threshold over a period.</summary>
[EvidenceKind("slow-query-report", "reportedAt", SubjectProperty = "database",
    Description = "A slow-query report (count over a threshold, worst duration, query fingerprints); from pg_stat_statements or the slow query log.")]
public sealed record SlowQueryReport : EvidenceRecord
{
    public required DateTimeOffset ReportedAt { get; init; }
    public required string Database { get; init; }
    public required double ThresholdMs { get; init; }
    public required int SlowQueryCount { get; init; }
    public required double WorstMs { get; init; }

    /// <summary>Fingerprints (normalised text or ids) of the slow queries.</summary>
    public IReadOnlyList<string>? Queries { get; init; }

    public static SlowQueryReport Example { get; } = new()
    {
        ReportedAt = new DateTimeOffset(2026, 11, 2, 6, 0, 0, TimeSpan.Zero),
        Database = "custojo",
        ThresholdMs = 500,
        SlowQueryCount = 3,
        WorstMs = 2310.5,
        Queries = ["select * from documents where owner_id = $1 order by created_at"],
    };
}
