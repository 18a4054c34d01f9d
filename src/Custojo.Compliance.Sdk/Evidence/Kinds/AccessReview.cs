namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>A review of accounts or permissions: who reviewed which accounts and what changed.</summary>
[EvidenceKind("access-review", "reviewedAt", SubjectProperty = "scope",
    Description = "A review of accounts, permissions, privileged or inactive accounts with the accounts covered and the changes made.")]
public sealed record AccessReview : EvidenceRecord
{
    public required AccessReviewScope Scope { get; init; }
    public required DateTimeOffset ReviewedAt { get; init; }
    public required string Reviewer { get; init; }
    public required int AccountsReviewed { get; init; }

    /// <summary>The user names the review looked at.</summary>
    public required IReadOnlyList<string> AccountsCovered { get; init; }

    /// <summary>How many accounts were disabled, removed or had permissions changed as a result.</summary>
    public required int ChangesMade { get; init; }

    public required ReviewOutcome Outcome { get; init; }

    public static AccessReview Example { get; } = new()
    {
        Scope = AccessReviewScope.InactiveAccounts,
        ReviewedAt = new DateTimeOffset(2026, 10, 30, 14, 0, 0, TimeSpan.Zero),
        Reviewer = "sec.lead",
        AccountsReviewed = 3,
        AccountsCovered = ["alice", "bob", "carol"],
        ChangesMade = 1,
        Outcome = ReviewOutcome.Completed,
    };
}
