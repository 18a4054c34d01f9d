namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>Configuration area a review covered.</summary>
public enum ConfigurationArea
{
    Cache,
    FileStorage,
    Database,
    Application,
    Backup,
}
