namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>A review of a maintenance document (procedure, runbook) and whether it is current.</summary>
[EvidenceKind("documentation-review", "reviewedAt", SubjectProperty = "document",
    Description = "A review of a maintenance document or procedure by a named reviewer, with the outcome and version; from the wiki or document system.")]
public sealed record DocumentationReview : EvidenceRecord
{
    public required string Document { get; init; }
    public required DateTimeOffset ReviewedAt { get; init; }
    public required string Reviewer { get; init; }
    public required DocumentOutcome Outcome { get; init; }
    public string? Version { get; init; }

    public static DocumentationReview Example { get; } = new()
    {
        Document = "runbooks/update-procedure.md",
        ReviewedAt = new DateTimeOffset(2026, 10, 27, 10, 0, 0, TimeSpan.Zero),
        Reviewer = "j.doe",
        Outcome = DocumentOutcome.Updated,
        Version = "14",
    };
}
