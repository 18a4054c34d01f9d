namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>The password policy in force on a system at one instant.</summary>
[EvidenceKind("password-policy", "observedAt", SubjectProperty = "host",
    Description = "The password rules in force (length, character classes, age, history, lockout); from login.defs and PAM or the application's settings.")]
public sealed record PasswordPolicy : EvidenceRecord
{
    public required DateTimeOffset ObservedAt { get; init; }
    public required int MinLength { get; init; }
    public required bool RequireUppercase { get; init; }
    public required bool RequireLowercase { get; init; }
    public required bool RequireDigit { get; init; }
    public required bool RequireSymbol { get; init; }
    public int? MaxAgeDays { get; init; }
    public int? MinAgeDays { get; init; }
    public int? HistoryCount { get; init; }
    public int? LockoutThreshold { get; init; }
    public string? Host { get; init; }

    public static PasswordPolicy Example { get; } = new()
    {
        ObservedAt = new DateTimeOffset(2026, 11, 2, 6, 0, 0, TimeSpan.Zero),
        MinLength = 12,
        RequireUppercase = true,
        RequireLowercase = true,
        RequireDigit = true,
        RequireSymbol = false,
        MaxAgeDays = 365,
        MinAgeDays = 1,
        HistoryCount = 5,
        LockoutThreshold = 5,
        Host = "app-01",
    };
}
