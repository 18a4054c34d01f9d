namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>An alerting rule configured in the monitoring system, as seen at one instant.</summary>
[EvidenceKind("monitoring-alert-rule", "observedAt", SubjectProperty = "name",
    Description = "A monitoring alert rule (metric, threshold, enabled, who is notified); from Prometheus/Alertmanager, Zabbix or the monitoring tool's export.")]
public sealed record MonitoringAlertRule : EvidenceRecord
{
    public required DateTimeOffset ObservedAt { get; init; }
    public required string Name { get; init; }
    public required MonitoredMetric Metric { get; init; }
    public double? Threshold { get; init; }
    public required bool Enabled { get; init; }

    /// <summary>Who or where the alert goes, e.g. <c>ops-oncall</c>.</summary>
    public required string Notify { get; init; }

    public static MonitoringAlertRule Example { get; } = new()
    {
        ObservedAt = new DateTimeOffset(2026, 11, 2, 6, 0, 0, TimeSpan.Zero),
        Name = "disk-usage-high",
        Metric = MonitoredMetric.Disk,
        Threshold = 85,
        Enabled = true,
        Notify = "ops-oncall",
    };
}
