namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>A security alert raised by a detection tool, with when it was acknowledged and resolved.</summary>
[EvidenceKind("security-alert", "raisedAt", SubjectProperty = "host",
    Description = "An alert from an IDS, SIEM or security tool with its severity and acknowledgement and resolution times.")]
public sealed record SecurityAlert : EvidenceRecord
{
    public required string AlertId { get; init; }
    public required DateTimeOffset RaisedAt { get; init; }
    public required AlertSeverity Severity { get; init; }
    public required string Source { get; init; }
    public required string Title { get; init; }
    public string? Host { get; init; }
    public DateTimeOffset? AcknowledgedAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }

    public static SecurityAlert Example { get; } = new()
    {
        AlertId = "fail2ban-2026-11-02-0042",
        RaisedAt = new DateTimeOffset(2026, 11, 2, 3, 14, 0, TimeSpan.Zero),
        Severity = AlertSeverity.High,
        Source = "fail2ban",
        Title = "sshd: 24 failed logins from 203.0.113.7, address banned",
        Host = "app-01",
        AcknowledgedAt = new DateTimeOffset(2026, 11, 2, 8, 5, 0, TimeSpan.Zero),
        ResolvedAt = new DateTimeOffset(2026, 11, 2, 8, 20, 0, TimeSpan.Zero),
    };
}
