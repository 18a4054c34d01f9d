using System.Globalization;
using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Evidence.Demo.Timelines;

/// <summary>
/// Package updates from apt on every host: the weekly patch window on Tuesday evening applies the security
/// fixes (high, medium, low) published since the last window together with ordinary updates, and critical
/// fixes are applied as emergency changes the morning after their release. Planted: one critical fix,
/// released 30 days before the end of the period, reached the hosts only five days later (deadline 72 hours).
/// </summary>
internal sealed class SecurityPatching : IDemoTimeline
{
    private static readonly string[] Packages =
        ["libssl3", "openssh-server", "libexpat1", "curl", "libcurl4", "nginx", "postgresql-15", "python3.11", "git", "sudo", "libxml2", "zlib1g", "systemd", "bash", "libc6", "libgnutls30", "libsqlite3-0", "imagemagick"];

    private static readonly string[] Ordinary = ["tzdata", "ca-certificates", "base-files", "publicsuffix", "debian-archive-keyring", "distro-info-data"];

    private static readonly string[] CriticalPackages = ["openssl", "libssl3", "openssh-server", "linux-image-amd64", "libc6"];

    public IReadOnlyList<PlantedViolation> Planted { get; } =
        [new("SEC-PATCH-01", "A critical openssl fix released 30 days before the end of the period reached the hosts only five days later, at 09:00 local time (deadline 72 hours).")];

    public IEnumerable<EvidenceRecord> Generate(DemoContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var records = new TimedRecords(context);
        var hosts = context.Installation.AllHosts.ToList();
        var advisory = 5800;
        var lastDay = context.LocalDay(context.To).AddDays(-1);
        var planted = context.LocalDay(context.To).AddDays(-30);
        var index = 0;
        foreach (var midnight in context.Days())
        {
            var day = context.LocalDay(midnight);
            index++;
            if (day.DayOfWeek == DayOfWeek.Tuesday)
            {
                var window = context.LocalTime(day, new TimeOnly(21, 0));
                var fixes = Enumerable.Range(0, context.Random.Next(2, 5)).Select(_ =>
                    (Package: Packages[context.Random.Next(Packages.Length)],
                     Severity: Pick(context.Random.NextDouble()),
                     Released: window - TimeSpan.FromHours(context.Random.Next(12, 144)),
                     Advisory: string.Create(CultureInfo.InvariantCulture, $"DSA-{++advisory}-1"))).ToList();
                var updates = Enumerable.Range(0, context.Random.Next(1, 4)).Select(_ => Ordinary[context.Random.Next(Ordinary.Length)]).Distinct(StringComparer.Ordinal).ToList();
                for (var h = 0; h < hosts.Count; h++)
                {
                    var applied = window + TimeSpan.FromMinutes((6 * h) + context.Random.Next(0, 5));
                    foreach (var fix in fixes)
                        records.Add(applied, Patch(fix.Package, fix.Severity, true, fix.Released, applied, hosts[h], fix.Advisory, advisory));
                    foreach (var package in updates)
                        records.Add(applied, Patch(package, PatchSeverity.None, false, null, applied, hosts[h], null, advisory));
                }
            }

            if (day == planted)
            {
                var released = context.LocalTime(day, new TimeOnly(10, 0));
                var applied = context.LocalTime(day.AddDays(5), new TimeOnly(9, 0));
                var id = string.Create(CultureInfo.InvariantCulture, $"DSA-{++advisory}-1");
                for (var h = 0; h < hosts.Count; h++)
                    records.Add(applied + TimeSpan.FromMinutes(4 * h), Patch("openssl", PatchSeverity.Critical, true, released, applied + TimeSpan.FromMinutes(4 * h), hosts[h], id, advisory));
            }
            else if (index % 27 == 9 && day < lastDay && Math.Abs(day.DayNumber - planted.DayNumber) > 6)
            {
                var released = context.LocalTime(day, new TimeOnly(14, 0)) + context.WholeSecondsJitter(TimeSpan.FromHours(2));
                var applied = context.LocalTime(day.AddDays(1), new TimeOnly(8, 30));
                var package = CriticalPackages[context.Random.Next(CriticalPackages.Length)];
                var id = string.Create(CultureInfo.InvariantCulture, $"DSA-{++advisory}-1");
                for (var h = 0; h < hosts.Count; h++)
                {
                    var at = applied + TimeSpan.FromMinutes((5 * h) + context.Random.Next(0, 4));
                    records.Add(at, Patch(package, PatchSeverity.Critical, true, released, at, hosts[h], id, advisory));
                }
            }
        }

        return records.InTimeOrder();
    }

    private static PatchSeverity Pick(double draw) => draw switch
    {
        < 0.3 => PatchSeverity.High,
        < 0.75 => PatchSeverity.Medium,
        _ => PatchSeverity.Low,
    };

    private static Patch Patch(string package, PatchSeverity severity, bool security, DateTimeOffset? released, DateTimeOffset applied, string host, string? advisory, int build) => new()
    {
        Package = package,
        FromVersion = string.Create(CultureInfo.InvariantCulture, $"{1 + (build % 7)}.{build % 13}.{build % 5}-1+deb12u{1 + (build % 4)}"),
        Version = string.Create(CultureInfo.InvariantCulture, $"{1 + (build % 7)}.{build % 13}.{build % 5}-1+deb12u{2 + (build % 4)}"),
        Severity = severity,
        Security = security,
        ReleasedAt = released,
        AppliedAt = applied,
        Environment = DeploymentEnvironment.Production,
        Outcome = OperationOutcome.Success,
        Host = host,
        Advisory = advisory,
        Source = "apt",
    };
}
