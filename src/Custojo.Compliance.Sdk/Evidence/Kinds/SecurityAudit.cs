namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>A comprehensive security audit of a scope (a host, the application) with its findings.</summary>
[EvidenceKind("security-audit", "auditedAt", SubjectProperty = "scope",
    Description = "A security audit with its tool, hardening index, warnings, suggestions and findings; from Lynis or an audit report.")]
public sealed record SecurityAudit : EvidenceRecord
{
    public required string Auditor { get; init; }
    public required string Scope { get; init; }
    public required DateTimeOffset AuditedAt { get; init; }
    public string? Tool { get; init; }
    public int? HardeningIndex { get; init; }
    public required int Warnings { get; init; }
    public required int Suggestions { get; init; }
    public int? TestsPerformed { get; init; }
    public required AuditOutcome Outcome { get; init; }
    public IReadOnlyList<string>? Findings { get; init; }

    public static SecurityAudit Example { get; } = new()
    {
        Auditor = "lynis",
        Scope = "app-01",
        AuditedAt = new DateTimeOffset(2026, 11, 1, 5, 30, 0, TimeSpan.Zero),
        Tool = "lynis 3.0.8",
        HardeningIndex = 57,
        Warnings = 1,
        Suggestions = 55,
        TestsPerformed = 243,
        Outcome = AuditOutcome.Completed,
        Findings = ["PKGS-7392: Found one or more vulnerable packages."],
    };
}
