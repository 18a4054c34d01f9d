namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>Whether an operation succeeded.</summary>
public enum OperationOutcome
{
    Success,
    Failed,
}
