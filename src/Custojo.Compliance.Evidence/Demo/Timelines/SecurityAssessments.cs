using System.Globalization;
using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Evidence.Demo.Timelines;

/// <summary>
/// Security assessments of every host: a Lynis audit on the 2nd of every month and an OpenSCAP vulnerability
/// scan every Sunday night. Scans find a few medium and low issues; now and then a high one, fixed by the next
/// weekly patch window and gone in the following scan.
/// </summary>
internal sealed class SecurityAssessments : IDemoTimeline
{
    public IReadOnlyList<PlantedViolation> Planted { get; } = [];

    public IEnumerable<EvidenceRecord> Generate(DemoContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var records = new TimedRecords(context);
        var hosts = context.Installation.AllHosts.ToList();
        var openHigh = new HashSet<string>(StringComparer.Ordinal);
        foreach (var midnight in context.Days())
        {
            var day = context.LocalDay(midnight);
            if (day.Day == 2)
            {
                for (var h = 0; h < hosts.Count; h++)
                {
                    var at = context.LocalTime(day, new TimeOnly(5, 30)) + TimeSpan.FromMinutes(12 * h) + context.WholeSecondsJitter(TimeSpan.FromMinutes(3));
                    records.Add(at, Audit(context, hosts[h], at));
                }
            }

            if (day.DayOfWeek != DayOfWeek.Sunday) continue;
            for (var h = 0; h < hosts.Count; h++)
            {
                var at = context.LocalTime(day, new TimeOnly(4, 0)) + TimeSpan.FromMinutes(9 * h) + context.WholeSecondsJitter(TimeSpan.FromMinutes(2));
                var high = !openHigh.Remove(hosts[h]) && context.Random.NextDouble() < 0.08 ? 1 : 0;
                if (high > 0) openHigh.Add(hosts[h]);
                records.Add(at, Scan(context, hosts[h], at, high));
            }
        }

        return records.InTimeOrder();
    }

    private static SecurityAudit Audit(DemoContext context, string host, DateTimeOffset at)
    {
        var warnings = context.Random.Next(0, 3);
        return new SecurityAudit
        {
            Auditor = "lynis",
            Scope = host,
            AuditedAt = at,
            Tool = "lynis 3.0.9",
            HardeningIndex = context.Random.Next(64, 76),
            Warnings = warnings,
            Suggestions = context.Random.Next(28, 46),
            TestsPerformed = 254,
            Outcome = AuditOutcome.Completed,
            Findings = warnings == 0 ? [] : [.. new[] { "PKGS-7392: Found one or more vulnerable packages.", "NETW-2705: Could not find any nameserver address." }.Take(warnings)],
        };
    }

    private static SecurityScan Scan(DemoContext context, string host, DateTimeOffset at, int high)
    {
        var medium = context.Random.Next(0, 4);
        var low = context.Random.Next(0, 6);
        var failed = new List<string>();
        if (high > 0) failed.Add(string.Create(CultureInfo.InvariantCulture, $"CVE-2026-{context.Random.Next(20000, 40000)}"));
        failed.AddRange(Enumerable.Range(0, medium).Select(i => string.Create(CultureInfo.InvariantCulture, $"xccdf_org.ssgproject.content_rule_medium_{i + 1}")));
        return new SecurityScan
        {
            Scanner = "openscap 1.3.9",
            Profile = "xccdf_org.ssgproject.content_profile_standard",
            Target = host,
            ScannedAt = at,
            Score = Math.Round(96.0 - (4 * high) - medium - (0.3 * low), 1),
            Passed = 118 - medium - high,
            Failed = medium + high,
            Critical = 0,
            High = high,
            Medium = medium,
            Low = low,
            Outcome = high + medium > 0 ? ScanOutcome.Failed : ScanOutcome.Passed,
            FailedRules = failed,
        };
    }
}
