namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>Which entry point an IP restriction protects.</summary>
public enum IpRestrictionScope
{
    Admin,
    Api,
    Ssh,
    App,
}
