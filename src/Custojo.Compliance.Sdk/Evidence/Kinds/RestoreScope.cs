namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>What a restore test restored.</summary>
public enum RestoreScope
{
    Full,
    Partial,
    Files,
    Database,
}
