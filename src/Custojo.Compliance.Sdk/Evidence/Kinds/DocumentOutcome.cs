namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>Result of reviewing a document: still current, updated by the review, or found outdated.</summary>
public enum DocumentOutcome
{
    Current,
    Updated,
    Outdated,
}
