namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>Which log a review covered.</summary>
public enum LogSource
{
    System,
    Application,
    Security,
    UserActivity,
    Integration,
    Login,
}
