namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>Whether a security audit ran to completion.</summary>
public enum AuditOutcome
{
    Completed,
    Failed,
}
