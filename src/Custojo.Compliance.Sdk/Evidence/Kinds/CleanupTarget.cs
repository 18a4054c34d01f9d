namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>What a clean-up removed.</summary>
public enum CleanupTarget
{
    TempFiles,
    Logs,
    Sessions,
    Cache,
}
