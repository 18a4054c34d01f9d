using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Evidence.Demo.Timelines;

/// <summary>
/// The on-call admin's morning checklist: the system, application, security and login logs are reviewed every
/// day; the user-activity and integration logs every Monday. Reviewers rotate weekly among the admins.
/// </summary>
internal sealed class LogReviews : IDemoTimeline
{
    private static readonly (LogSource Source, TimeOnly At, int MaxErrors, int MaxWarnings)[] Daily =
    [
        (LogSource.System, new TimeOnly(8, 30), 4, 30),
        (LogSource.Application, new TimeOnly(8, 45), 8, 60),
        (LogSource.Security, new TimeOnly(9, 0), 2, 12),
        (LogSource.Login, new TimeOnly(9, 15), 3, 40),
    ];

    private static readonly (LogSource Source, TimeOnly At, int MaxErrors, int MaxWarnings)[] Weekly =
    [
        (LogSource.UserActivity, new TimeOnly(10, 0), 0, 6),
        (LogSource.Integration, new TimeOnly(10, 30), 5, 25),
    ];

    public IReadOnlyList<PlantedViolation> Planted { get; } = [];

    public IEnumerable<EvidenceRecord> Generate(DemoContext context)
    {
        var records = new TimedRecords(context);
        var admins = context.Installation.Admins;
        var index = 0;
        foreach (var day in context.Days().Select(context.LocalDay))
        {
            var reviewer = admins[(index++ / 7) % admins.Count];
            foreach (var review in Daily)
                Add(records, context, day, review, reviewer);
            if (day.DayOfWeek == DayOfWeek.Monday)
                foreach (var review in Weekly)
                    Add(records, context, day, review, reviewer);
        }

        return records.InTimeOrder();
    }

    private static void Add(TimedRecords records, DemoContext context, DateOnly day, (LogSource Source, TimeOnly At, int MaxErrors, int MaxWarnings) review, string reviewer)
    {
        var at = context.LocalTime(day, review.At) + context.JitterSeconds(TimeSpan.FromMinutes(10));
        var errors = context.Random.Next(0, review.MaxErrors + 1);
        records.Add(at, new LogReview
        {
            Source = review.Source,
            ReviewedAt = at,
            Reviewer = reviewer,
            Host = review.Source is LogSource.System ? "all" : null,
            ErrorsFound = errors,
            WarningsFound = context.Random.Next(0, review.MaxWarnings + 1),
            Notes = errors == 0 ? "Nothing to follow up." : $"{errors} error(s) triaged; tickets opened where needed.",
        });
    }
}
