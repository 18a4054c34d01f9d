using System.Globalization;
using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Evidence.Demo.Timelines;

/// <summary>
/// Restore tests: an automated restore of the database into staging every Sunday, a documented restoration of
/// 20 to 40 randomly selected files on the 15th of every month, and a documented full restoration test in the
/// middle of every calendar quarter. The full test of the last quarter that ends inside the period (or, when
/// none ends inside it, of its only quarter) was never held: that is the planted violation.
/// </summary>
internal sealed class RestoreTests : IDemoTimeline
{
    public IReadOnlyList<PlantedViolation> Planted { get; } =
        [new("BKP-RST-01", "The full restoration test of the last calendar quarter that ended in the period was skipped, so that quarter has no full restore test.")];

    public IEnumerable<EvidenceRecord> Generate(DemoContext context)
    {
        var records = new TimedRecords(context);
        var days = context.Days().Select(context.LocalDay).ToList();
        foreach (var day in days)
        {
            if (day.DayOfWeek == DayOfWeek.Sunday)
            {
                var started = context.LocalTime(day, new TimeOnly(5, 45)) + context.JitterSeconds(TimeSpan.FromMinutes(5));
                var minutes = 25 + context.Random.Next(0, 10);
                records.Add(started, Test(RestoreScope.Database, RestoreEnvironment.Staging, automated: true, started, minutes, null,
                    $"ci/restore-to-staging/{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"));
            }

            if (day.Day == 15)
            {
                var started = context.LocalTime(day, new TimeOnly(10, 0)) + context.JitterSeconds(TimeSpan.FromMinutes(20));
                records.Add(started, Test(RestoreScope.Files, RestoreEnvironment.Scratch, automated: false, started, 35 + context.Random.Next(0, 20), 20 + context.Random.Next(0, 21),
                    $"wiki/ops/file-restore-test-{day.ToString("yyyy-MM", CultureInfo.InvariantCulture)}"));
            }
        }

        var periodEnd = days[^1].AddDays(1);
        var quarters = Quarters(days[0], periodEnd);
        var ended = quarters.Where(q => q.End <= periodEnd).ToList();
        var skipped = ended.Count > 0 ? ended[^1] : quarters[0];
        foreach (var quarter in quarters.Where(q => q != skipped))
        {
            var first = quarter.Start > days[0] ? quarter.Start : days[0];
            var end = quarter.End < periodEnd ? quarter.End : periodEnd;
            var middle = first.AddDays((end.DayNumber - first.DayNumber) / 2);
            var started = context.LocalTime(middle, new TimeOnly(9, 0));
            records.Add(started, Test(RestoreScope.Full, RestoreEnvironment.Staging, automated: false, started, 95 + context.Random.Next(0, 30), null,
                $"wiki/ops/restore-test-{quarter.Start.Year}-q{((quarter.Start.Month - 1) / 3) + 1}"));
        }

        return records.InTimeOrder();
    }

    /// <summary>The calendar quarters (local dates, end exclusive) overlapping <c>[first, end)</c>.</summary>
    private static List<(DateOnly Start, DateOnly End)> Quarters(DateOnly first, DateOnly end)
    {
        var quarters = new List<(DateOnly Start, DateOnly End)>();
        for (var start = new DateOnly(first.Year, ((first.Month - 1) / 3 * 3) + 1, 1); start < end; start = start.AddMonths(3))
            quarters.Add((start, start.AddMonths(3)));
        return quarters;
    }

    private static RestoreTest Test(RestoreScope scope, RestoreEnvironment environment, bool automated, DateTimeOffset started, int minutes, int? files, string document) => new()
    {
        Scope = scope,
        TargetEnvironment = environment,
        Automated = automated,
        StartedAt = started,
        CompletedAt = started.AddMinutes(minutes),
        Outcome = OperationOutcome.Success,
        DurationSeconds = minutes * 60,
        FilesSampled = files,
        Documented = true,
        DocumentRef = document,
    };
}
