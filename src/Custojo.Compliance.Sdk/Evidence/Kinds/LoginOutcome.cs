namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>Whether a login attempt was accepted.</summary>
public enum LoginOutcome
{
    Success,
    Failure,
}
