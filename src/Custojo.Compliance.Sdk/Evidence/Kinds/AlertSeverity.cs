namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>Severity of a security alert, as raised by its source.</summary>
public enum AlertSeverity
{
    Critical,
    High,
    Medium,
    Low,
    Info,
}
