namespace Custojo.Compliance.Evidence.Importers.AuthLog;

/// <summary>One sshd authentication result: Accepted, Failed or Partial, by method, for a user, from an address.</summary>
internal sealed record SshdAttempt(string Result, string SshMethod, string User, bool ValidUser, string SourceIp)
{
    /// <summary>The login-attempt kind's method: password, publickey, sso (GSSAPI/Kerberos) or other.</summary>
    public string Method => SshMethod switch
    {
        "password" => "password",
        "publickey" => "publickey",
        "gssapi-with-mic" or "gssapi-keyex" => "sso",
        _ => "other",
    };
}
