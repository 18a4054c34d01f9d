namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>One database maintenance operation: optimisation, index rebuild, statistics update, vacuum or a query fix.</summary>
[EvidenceKind("database-maintenance", "performedAt", SubjectProperty = "database",
    Description = "A database maintenance operation (optimize, index rebuild, statistics update, vacuum, index added, query optimised); from the maintenance job's log.")]
public sealed record DatabaseMaintenance : EvidenceRecord
{
    public required MaintenanceOperation Operation { get; init; }
    public required DateTimeOffset PerformedAt { get; init; }
    public required string Database { get; init; }

    /// <summary>The table, index or query the operation touched, when it was not the whole database.</summary>
    public string? Target { get; init; }

    public required OperationOutcome Outcome { get; init; }
    public double? DurationSeconds { get; init; }

    public static DatabaseMaintenance Example { get; } = new()
    {
        Operation = MaintenanceOperation.IndexRebuild,
        PerformedAt = new DateTimeOffset(2026, 11, 1, 3, 0, 0, TimeSpan.Zero),
        Database = "custojo",
        Target = "documents_pkey",
        Outcome = OperationOutcome.Success,
        DurationSeconds = 42.7,
    };
}
