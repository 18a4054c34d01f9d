namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>Whether a check or test passed.</summary>
public enum CheckOutcome
{
    Passed,
    Failed,
}
