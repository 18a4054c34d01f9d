namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>State of a service as seen by a health check.</summary>
public enum HealthStatus
{
    Up,
    Degraded,
    Down,
}
