namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>What an access review covered.</summary>
public enum AccessReviewScope
{
    Accounts,
    Permissions,
    Privileged,
    InactiveAccounts,
}
