namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>How a security scan ended: error means the scan itself did not complete.</summary>
public enum ScanOutcome
{
    Passed,
    Failed,
    Error,
}
