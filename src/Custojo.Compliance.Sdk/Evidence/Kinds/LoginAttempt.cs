namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>One attempt to log in, accepted or refused.</summary>
[EvidenceKind("login-attempt", "at", SubjectProperty = "user", IndexedProperties = ["outcome"],
    Description = "One login attempt with user, source address, outcome, method and MFA use; from sshd auth.log or the application's audit log.")]
public sealed record LoginAttempt : EvidenceRecord
{
    public required DateTimeOffset At { get; init; }
    public required string User { get; init; }
    public required string SourceIp { get; init; }
    public required LoginOutcome Outcome { get; init; }
    public required bool MfaUsed { get; init; }
    public required LoginMethod Method { get; init; }

    /// <summary>False when the user name does not exist (e.g. sshd's "invalid user").</summary>
    public required bool ValidUser { get; init; }

    public string? Host { get; init; }
    public string? Service { get; init; }

    public static LoginAttempt Example { get; } = new()
    {
        At = new DateTimeOffset(2026, 11, 2, 7, 58, 12, TimeSpan.Zero),
        User = "alice",
        SourceIp = "192.0.2.10",
        Outcome = LoginOutcome.Success,
        MfaUsed = true,
        Method = LoginMethod.Publickey,
        ValidUser = true,
        Host = "app-01",
        Service = "sshd",
    };
}
