namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>A health probe of a service on a host, with its response time.</summary>
[EvidenceKind("health-check", "checkedAt", SubjectProperty = "host",
    Description = "A service health probe (up, degraded, down) with response time; from the monitoring system or an uptime checker.")]
public sealed record HealthCheck : EvidenceRecord
{
    public required string Host { get; init; }
    public required string Service { get; init; }
    public required DateTimeOffset CheckedAt { get; init; }
    public required HealthStatus Status { get; init; }
    public double? ResponseTimeMs { get; init; }
    /// <summary>What the probe reported beyond the status, e.g. pgBackRest's stanza status message.</summary>
    public string? Details { get; init; }

    public static HealthCheck Example { get; } = new()
    {
        Host = "app-01",
        Service = "custojo-web",
        CheckedAt = new DateTimeOffset(2026, 11, 2, 12, 0, 0, TimeSpan.Zero),
        Status = HealthStatus.Up,
        ResponseTimeMs = 212,
    };
}
