namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>A snapshot of one user account: roles, privilege, MFA, last login and state.</summary>
[EvidenceKind("account", "observedAt", SubjectProperty = "user",
    Description = "A snapshot of one account (roles, privileged, MFA enrolled, last login, disabled); from an account export, /etc/shadow or the application's user list.")]
public sealed record Account : EvidenceRecord
{
    public required DateTimeOffset ObservedAt { get; init; }
    public required string User { get; init; }
    public required IReadOnlyList<string> Roles { get; init; }
    public required bool Privileged { get; init; }
    public required bool MfaEnrolled { get; init; }
    public DateTimeOffset? LastLoginAt { get; init; }
    public required bool Disabled { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    public bool? Locked { get; init; }
    /// <summary>False when the account has no password at all (an empty /etc/shadow password field); never the password or its hash.</summary>
    public bool? HasPassword { get; init; }
    public DateTimeOffset? PasswordChangedAt { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>The system the account lives on, e.g. a host name or <c>custojo-app</c>.</summary>
    public string? System { get; init; }

    public static Account Example { get; } = new()
    {
        ObservedAt = new DateTimeOffset(2026, 11, 2, 6, 0, 0, TimeSpan.Zero),
        User = "alice",
        Roles = ["admin", "sudo"],
        Privileged = true,
        MfaEnrolled = true,
        LastLoginAt = new DateTimeOffset(2026, 11, 1, 16, 22, 0, TimeSpan.Zero),
        Disabled = false,
        CreatedAt = new DateTimeOffset(2024, 3, 11, 9, 0, 0, TimeSpan.Zero),
        Locked = false,
        PasswordChangedAt = new DateTimeOffset(2026, 8, 19, 10, 4, 0, TimeSpan.Zero),
        System = "app-01",
    };
}
