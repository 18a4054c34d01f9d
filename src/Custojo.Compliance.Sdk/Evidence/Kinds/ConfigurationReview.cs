namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>A review of an area's configuration (cache, file storage, database, application, backup).</summary>
[EvidenceKind("configuration-review", "reviewedAt", SubjectProperty = "area",
    Description = "A review of the cache, file-storage, database, application or backup configuration and whether it was changed; from a ticket or review checklist.")]
public sealed record ConfigurationReview : EvidenceRecord
{
    public required ConfigurationArea Area { get; init; }
    public required DateTimeOffset ReviewedAt { get; init; }
    public required string Reviewer { get; init; }
    public required ConfigurationOutcome Outcome { get; init; }
    public string? Notes { get; init; }

    public static ConfigurationReview Example { get; } = new()
    {
        Area = ConfigurationArea.Cache,
        ReviewedAt = new DateTimeOffset(2026, 10, 20, 11, 0, 0, TimeSpan.Zero),
        Reviewer = "ops.lead",
        Outcome = ConfigurationOutcome.Changed,
        Notes = "Raised maxmemory to 1 GiB; eviction policy allkeys-lru.",
    };
}
