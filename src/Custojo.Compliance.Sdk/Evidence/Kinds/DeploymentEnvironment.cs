namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>An environment software is deployed to.</summary>
public enum DeploymentEnvironment
{
    Production,
    Staging,
    Test,
}
