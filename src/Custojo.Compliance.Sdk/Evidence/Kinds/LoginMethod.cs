namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>How a login attempt authenticated.</summary>
public enum LoginMethod
{
    Password,
    Publickey,
    Sso,
    Other,
}
