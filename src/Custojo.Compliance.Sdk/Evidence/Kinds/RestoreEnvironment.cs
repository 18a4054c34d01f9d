namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>Where a restore test restored to.</summary>
public enum RestoreEnvironment
{
    Staging,
    Test,
    Production,
    Scratch,
}
