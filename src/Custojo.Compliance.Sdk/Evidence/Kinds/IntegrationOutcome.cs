namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>Health of an integration as seen by a check.</summary>
public enum IntegrationOutcome
{
    Healthy,
    Degraded,
    Failed,
}
