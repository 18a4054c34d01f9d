using System.Globalization;
using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Evidence.Demo.Timelines;

/// <summary>
/// The weekly update change, one per ISO week that starts in the period: users are notified on Monday, the
/// version goes to staging on Tuesday and passes the regression and compatibility suites there, and production
/// is updated on Thursday evening in the announced window, watched for three hours, its cache cleared, each step
/// in the change log. One change is a properly staged major version. Another major version was rushed straight
/// to production: no staging deployment and no regression run (its compatibility suite ran in CI) — the planted
/// violation.
/// </summary>
internal sealed class UpdateChanges : IDemoTimeline
{
    private const string Procedure = "runbooks/update-procedure.md";

    public IReadOnlyList<PlantedViolation> Planted { get; } =
        [new("UPD-TEST-01", "A major update was deployed to production without a prior successful staging deployment and without a passing regression run, about four weeks before the end of the period.")];

    public IEnumerable<EvidenceRecord> Generate(DemoContext context)
    {
        var records = new TimedRecords(context);
        var product = context.Installation.Product;
        var mondays = context.Days().Select(context.LocalDay).Where(d => d.DayOfWeek == DayOfWeek.Monday).ToList();
        var rushedMajor = Math.Max(0, mondays.Count - 4);
        var stagedMajor = Math.Min(4, rushedMajor - 1);
        var (major, minor, patch) = (8, 4, 0);
        for (var week = 0; week < mondays.Count; week++)
        {
            var monday = mondays[week];
            var from = $"{major}.{minor}.{patch}";
            (major, minor, patch) = week == rushedMajor || week == stagedMajor ? (major + 1, 0, 0) : (major, minor, patch + 1);
            var change = new Change(
                $"CHG-{2300 + week}",
                product,
                $"{major}.{minor}.{patch}",
                from,
                patch == 0 && minor == 0);
            var rushed = week == rushedMajor;

            var production = context.LocalTime(monday.AddDays(3), new TimeOnly(21, 0));
            records.Add(context.LocalTime(monday, new TimeOnly(9, 0)), new MaintenanceNotice
            {
                ChangeId = change.Id,
                SentAt = context.LocalTime(monday, new TimeOnly(9, 0)),
                WindowStart = production,
                WindowEnd = production.AddHours(2),
                Channel = "email",
                Audience = "all-users",
            });

            if (rushed)
            {
                var ci = context.LocalTime(monday.AddDays(2), new TimeOnly(10, 0));
                records.Add(ci, Run(change, TestType.Compatibility, "customisations", "ci", ci, context));
            }
            else
            {
                var staging = context.LocalTime(monday.AddDays(1), new TimeOnly(10, 0)) + context.JitterSeconds(TimeSpan.FromMinutes(5));
                var staged = Deploy(change, DeploymentEnvironment.Staging, staging, context);
                records.Add(staging, staged);
                records.Add(staged.CompletedAt!.Value.AddMinutes(5), Log(change, staged.CompletedAt.Value.AddMinutes(5), "staging", context));
                var regression = context.LocalTime(monday.AddDays(1), new TimeOnly(11, 30));
                records.Add(regression, Run(change, TestType.Regression, "regression", "staging", regression, context));
                var compatibility = context.LocalTime(monday.AddDays(1), new TimeOnly(14, 0));
                records.Add(compatibility, Run(change, TestType.Compatibility, "customisations", "staging", compatibility, context));
            }

            var started = production.AddMinutes(5) + context.JitterSeconds(TimeSpan.FromMinutes(3));
            var deployed = Deploy(change, DeploymentEnvironment.Production, started, context);
            var completed = deployed.CompletedAt!.Value;
            records.Add(started, deployed);
            records.Add(completed.AddMinutes(2), new CacheClear { Cache = "redis-app", ClearedAt = completed.AddMinutes(2), Reason = "post-update", ChangeId = change.Id });
            records.Add(completed.AddMinutes(5), Run(change, TestType.Smoke, "smoke", "production", completed.AddMinutes(5), context));
            records.Add(completed.AddMinutes(10), Log(change, completed.AddMinutes(10), "production", context));
        }

        return records.InTimeOrder();
    }

    private static UpdateDeployment Deploy(Change change, DeploymentEnvironment environment, DateTimeOffset started, DemoContext context)
    {
        var completed = started.AddMinutes(12 + context.Random.Next(0, 14));
        var name = environment.ToString().ToLowerInvariant();
        return new UpdateDeployment
        {
            DeploymentId = $"deploy-{name}-{started.UtcDateTime.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture)}",
            ChangeId = change.Id,
            Product = change.Product,
            Version = change.Version,
            FromVersion = change.FromVersion,
            Major = change.Major,
            Environment = environment,
            StartedAt = started,
            CompletedAt = completed,
            Outcome = DeploymentOutcome.Success,
            ReleaseNotesReviewed = true,
            ProcedureRef = Procedure,
            MonitoredUntil = environment == DeploymentEnvironment.Production ? completed.AddHours(3) : completed.AddMinutes(30),
        };
    }

    private static TestRun Run(Change change, TestType type, string suite, string environment, DateTimeOffset started, DemoContext context)
    {
        var total = type switch { TestType.Regression => 1296, TestType.Compatibility => 214, _ => 38 };
        var skipped = context.Random.Next(0, 12);
        return new TestRun
        {
            Suite = suite,
            Type = type,
            Environment = environment,
            Version = change.Version,
            ChangeId = change.Id,
            StartedAt = started,
            CompletedAt = started.AddMinutes(type == TestType.Smoke ? 3 : 25 + context.Random.Next(0, 20)),
            Passed = total - skipped,
            Failed = 0,
            Skipped = skipped,
            Outcome = CheckOutcome.Passed,
        };
    }

    private static ChangeLogEntry Log(Change change, DateTimeOffset at, string environment, DemoContext context) => new()
    {
        ChangeId = change.Id,
        RecordedAt = at,
        Summary = $"Updated {change.Product} {change.FromVersion} -> {change.Version} in {environment}",
        Author = context.Installation.Admins[1],
        System = change.Product,
        Category = "update",
    };

    private sealed record Change(string Id, string Product, string Version, string FromVersion, bool Major);
}
