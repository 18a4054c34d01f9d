namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>What a monitoring alert rule watches.</summary>
public enum MonitoredMetric
{
    Cpu,
    Memory,
    Disk,
    Health,
    ResponseTime,
    ErrorRate,
    IntegrationStatus,
    LogErrors,
}
