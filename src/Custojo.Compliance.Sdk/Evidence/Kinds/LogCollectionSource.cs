namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>Which log a collector shipped.</summary>
public enum LogCollectionSource
{
    Application,
    System,
    Access,
    Integration,
    Audit,
}
