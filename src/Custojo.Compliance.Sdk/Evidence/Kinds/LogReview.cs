namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>A person's review of a log (system, application, security, user activity, integration or logins) with what it found.</summary>
[EvidenceKind("log-review", "reviewedAt", SubjectProperty = "source",
    Description = "A review of a log by a named reviewer with the number of errors and warnings found; from a ticket or a review checklist.")]
public sealed record LogReview : EvidenceRecord
{
    public required LogSource Source { get; init; }
    public required DateTimeOffset ReviewedAt { get; init; }
    public required string Reviewer { get; init; }
    public string? Host { get; init; }
    public required int ErrorsFound { get; init; }
    public required int WarningsFound { get; init; }
    public string? Notes { get; init; }

    public static LogReview Example { get; } = new()
    {
        Source = LogSource.System,
        ReviewedAt = new DateTimeOffset(2026, 11, 2, 8, 30, 0, TimeSpan.Zero),
        Reviewer = "j.doe",
        Host = "app-01",
        ErrorsFound = 2,
        WarningsFound = 14,
        Notes = "Two cron errors, ticket OPS-1432.",
    };
}
