namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>A database maintenance operation.</summary>
public enum MaintenanceOperation
{
    Optimize,
    IndexRebuild,
    StatisticsUpdate,
    Vacuum,
    IndexAdded,
    QueryOptimized,
}
