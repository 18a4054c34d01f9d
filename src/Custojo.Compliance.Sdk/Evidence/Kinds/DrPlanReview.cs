namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>A review and approval of the disaster-recovery plan.</summary>
[EvidenceKind("dr-plan-review", "reviewedAt", SubjectProperty = "planVersion",
    Description = "A review of the disaster-recovery plan with its version, approver and outcome; from the document system.")]
public sealed record DrPlanReview : EvidenceRecord
{
    public required string PlanVersion { get; init; }
    public required DateTimeOffset ReviewedAt { get; init; }
    public required string Approver { get; init; }
    public required PlanReviewOutcome Outcome { get; init; }

    public static DrPlanReview Example { get; } = new()
    {
        PlanVersion = "2026.2",
        ReviewedAt = new DateTimeOffset(2026, 6, 15, 13, 0, 0, TimeSpan.Zero),
        Approver = "cio",
        Outcome = PlanReviewOutcome.Approved,
    };
}
