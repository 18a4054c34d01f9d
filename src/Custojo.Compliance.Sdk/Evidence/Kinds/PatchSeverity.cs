namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>Severity of the problem a patch fixes, as the vendor rates it; none for non-security updates.</summary>
public enum PatchSeverity
{
    Critical,
    High,
    Medium,
    Low,
    None,
}
