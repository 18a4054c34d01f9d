namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>Whether a configuration review left the configuration as it was or changed it.</summary>
public enum ConfigurationOutcome
{
    Current,
    Changed,
}
