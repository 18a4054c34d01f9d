namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>A vulnerability or compliance scan of a target with its finding counts.</summary>
[EvidenceKind("security-scan", "scannedAt", SubjectProperty = "target",
    Description = "A vulnerability or configuration scan with score, rule pass/fail counts and findings by severity; from OpenSCAP, a vulnerability scanner or a container scanner.")]
public sealed record SecurityScan : EvidenceRecord
{
    public required string Scanner { get; init; }
    public string? Profile { get; init; }
    public required string Target { get; init; }
    public required DateTimeOffset ScannedAt { get; init; }
    public double? Score { get; init; }

    /// <summary>Rules that passed (compliance scans).</summary>
    public int? Passed { get; init; }

    /// <summary>Rules that failed (compliance scans).</summary>
    public int? Failed { get; init; }

    public required int Critical { get; init; }
    public required int High { get; init; }
    public required int Medium { get; init; }
    public required int Low { get; init; }
    public required ScanOutcome Outcome { get; init; }

    /// <summary>Ids of the failed rules or vulnerabilities.</summary>
    public IReadOnlyList<string>? FailedRules { get; init; }

    public static SecurityScan Example { get; } = new()
    {
        Scanner = "openscap 1.3.7",
        Profile = "xccdf_org.ssgproject.content_profile_standard",
        Target = "app-01",
        ScannedAt = new DateTimeOffset(2026, 11, 1, 5, 0, 0, TimeSpan.Zero),
        Score = 75,
        Passed = 17,
        Failed = 1,
        Critical = 0,
        High = 0,
        Medium = 1,
        Low = 0,
        Outcome = ScanOutcome.Failed,
        FailedRules = ["xccdf_org.ssgproject.content_rule_package_rsyslog_installed"],
    };
}
