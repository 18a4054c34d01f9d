namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>Whether a review was completed or left open items.</summary>
public enum ReviewOutcome
{
    Completed,
    Incomplete,
}
