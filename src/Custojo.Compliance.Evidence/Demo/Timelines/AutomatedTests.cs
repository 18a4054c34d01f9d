using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Evidence.Demo.Timelines;

/// <summary>
/// CI runs the automated suite every night at 02:30 local and the integration suite against staging every
/// Sunday. One nightly run fails on a flaky test; the next night passes again.
/// </summary>
internal sealed class AutomatedTests : IDemoTimeline
{
    public IReadOnlyList<PlantedViolation> Planted { get; } = [];

    public IEnumerable<EvidenceRecord> Generate(DemoContext context)
    {
        var records = new TimedRecords(context);
        var days = context.Days().Select(context.LocalDay).ToList();
        var flaky = days[context.Random.Next(days.Count / 3, days.Count * 2 / 3)];
        foreach (var day in days)
        {
            var nightly = context.LocalTime(day, new TimeOnly(2, 30)) + context.JitterSeconds(TimeSpan.FromMinutes(4));
            records.Add(nightly, Run("unit-and-api", TestType.Automated, "ci", nightly, 2_418, day == flaky ? 1 : 0, context));
            if (day.DayOfWeek == DayOfWeek.Sunday)
            {
                var integration = context.LocalTime(day, new TimeOnly(6, 30));
                records.Add(integration, Run("integrations", TestType.Integration, "staging", integration, 164, 0, context));
            }
        }

        return records.InTimeOrder();
    }

    private static TestRun Run(string suite, TestType type, string environment, DateTimeOffset started, int total, int failed, DemoContext context)
    {
        var skipped = context.Random.Next(0, 15);
        return new TestRun
        {
            Suite = suite,
            Type = type,
            Environment = environment,
            StartedAt = started,
            CompletedAt = started.AddMinutes(14 + context.Random.Next(0, 8)),
            Passed = total - skipped - failed,
            Failed = failed,
            Skipped = skipped,
            Outcome = failed == 0 ? CheckOutcome.Passed : CheckOutcome.Failed,
        };
    }
}
