namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>How a deployment ended.</summary>
public enum DeploymentOutcome
{
    Success,
    Failed,
    RolledBack,
}
