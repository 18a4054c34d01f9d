namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>A team member's completion of a maintenance or security course.</summary>
[EvidenceKind("training-record", "completedAt", SubjectProperty = "user",
    Description = "A completed training on maintenance procedures, with its expiry; from the learning-management system.")]
public sealed record TrainingRecord : EvidenceRecord
{
    public required string User { get; init; }
    public required string Course { get; init; }
    public required DateTimeOffset CompletedAt { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }

    public static TrainingRecord Example { get; } = new()
    {
        User = "j.doe",
        Course = "custojo-maintenance-procedures",
        CompletedAt = new DateTimeOffset(2026, 2, 10, 15, 0, 0, TimeSpan.Zero),
        ExpiresAt = new DateTimeOffset(2027, 2, 10, 15, 0, 0, TimeSpan.Zero),
    };
}
