using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Evidence.Demo.Timelines;

/// <summary>
/// The weekly configuration export, every Monday at 06:30: the password policy of every host, the IP
/// allow-lists of the admin console, SSH and the partner API, the security-announcement subscriptions, and
/// the monitoring system's alert rules (resources, health, response time, errors, integrations).
/// </summary>
internal sealed class ConfigurationExports : IDemoTimeline
{
    private static readonly (string Name, MonitoredMetric Metric, double? Threshold)[] AlertRules =
    [
        ("cpu-high", MonitoredMetric.Cpu, 90),
        ("memory-high", MonitoredMetric.Memory, 90),
        ("disk-usage-high", MonitoredMetric.Disk, 85),
        ("service-down", MonitoredMetric.Health, null),
        ("response-time-p95", MonitoredMetric.ResponseTime, 1500),
        ("app-errors", MonitoredMetric.LogErrors, 50),
        ("error-rate", MonitoredMetric.ErrorRate, 1),
        ("integration-down", MonitoredMetric.IntegrationStatus, null),
    ];

    private static readonly (string Source, string Channel)[] Subscriptions =
    [
        ("custojo-security-advisories", "rss"),
        ("debian-security-announce", "mailing-list"),
        ("pgsql-announce", "mailing-list"),
    ];

    public IReadOnlyList<PlantedViolation> Planted { get; } = [];

    public IEnumerable<EvidenceRecord> Generate(DemoContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var records = new TimedRecords(context);
        foreach (var midnight in context.Days())
        {
            var day = context.LocalDay(midnight);
            if (day.DayOfWeek != DayOfWeek.Monday) continue;
            var at = context.LocalTime(day, new TimeOnly(6, 30));
            foreach (var host in context.Installation.AllHosts)
                records.Add(at, PasswordPolicy(at, host));
            records.Add(at, Restriction(at, "admin-console", IpRestrictionScope.Admin, ["10.20.0.0/16"]));
            records.Add(at, Restriction(at, "partner-api", IpRestrictionScope.Api, ["198.18.0.0/24", "198.18.7.0/24"]));
            records.Add(at, Restriction(at, "ssh-bastion", IpRestrictionScope.Ssh, ["10.20.0.0/24", "192.0.2.10/32"]));
            foreach (var (source, channel) in Subscriptions)
                records.Add(at, new AdvisorySubscription { ObservedAt = at, Source = source, Channel = channel, Active = true, Subscriber = "security@custojo.example" });
            foreach (var (name, metric, threshold) in AlertRules)
                records.Add(at, new MonitoringAlertRule { ObservedAt = at, Name = name, Metric = metric, Threshold = threshold, Enabled = true, Notify = "ops-oncall" });
        }

        return records.InTimeOrder();
    }

    private static PasswordPolicy PasswordPolicy(DateTimeOffset at, string host) => new()
    {
        ObservedAt = at,
        MinLength = 14,
        RequireUppercase = true,
        RequireLowercase = true,
        RequireDigit = true,
        RequireSymbol = false,
        MaxAgeDays = 365,
        MinAgeDays = 1,
        HistoryCount = 5,
        LockoutThreshold = 5,
        Host = host,
    };

    private static IpRestriction Restriction(DateTimeOffset at, string name, IpRestrictionScope scope, IReadOnlyList<string> cidrs) => new()
    {
        ObservedAt = at,
        Name = name,
        Scope = scope,
        AllowedCidrs = cidrs,
        Enabled = true,
    };
}
