namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>Result of a disaster-recovery plan review.</summary>
public enum PlanReviewOutcome
{
    Approved,
    ChangesRequired,
}
