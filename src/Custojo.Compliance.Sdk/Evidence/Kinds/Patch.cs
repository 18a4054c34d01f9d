namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>One package or product update applied to a host.</summary>
[EvidenceKind("patch", "appliedAt", SubjectProperty = "package",
    Description = "One applied package update with versions, severity, release and apply times; from apt history/dpkg logs or a patch tool.")]
public sealed record Patch : EvidenceRecord
{
    public required string Package { get; init; }
    public string? FromVersion { get; init; }
    public required string Version { get; init; }
    public required PatchSeverity Severity { get; init; }
    public required bool Security { get; init; }

    /// <summary>When the vendor published the fix; the patch deadline counts from here.</summary>
    public DateTimeOffset? ReleasedAt { get; init; }

    public required DateTimeOffset AppliedAt { get; init; }
    public required DeploymentEnvironment Environment { get; init; }
    public required OperationOutcome Outcome { get; init; }
    public required string Host { get; init; }

    /// <summary>The security advisory the patch fixes, e.g. <c>DSA-5870-1</c> or a CVE id.</summary>
    public string? Advisory { get; init; }

    /// <summary>Where the record came from, e.g. <c>apt</c> or <c>dpkg</c>.</summary>
    public string? Source { get; init; }

    public static Patch Example { get; } = new()
    {
        Package = "libexpat1",
        FromVersion = "2.5.0-1+deb12u1",
        Version = "2.5.0-1+deb12u5",
        Severity = PatchSeverity.High,
        Security = true,
        ReleasedAt = new DateTimeOffset(2026, 10, 28, 0, 0, 0, TimeSpan.Zero),
        AppliedAt = new DateTimeOffset(2026, 10, 29, 20, 55, 24, TimeSpan.Zero),
        Environment = DeploymentEnvironment.Production,
        Outcome = OperationOutcome.Success,
        Host = "app-01",
        Advisory = "DSA-5870-1",
        Source = "apt",
    };
}
