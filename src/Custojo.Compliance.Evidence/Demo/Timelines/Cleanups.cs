using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Evidence.Demo.Timelines;

/// <summary>
/// Housekeeping on every host: temporary files every night, expired sessions every night on the application
/// hosts, rotated logs older than the retention and stale cache files every Sunday.
/// </summary>
internal sealed class Cleanups : IDemoTimeline
{
    public IReadOnlyList<PlantedViolation> Planted { get; } = [];

    public IEnumerable<EvidenceRecord> Generate(DemoContext context)
    {
        var records = new TimedRecords(context);
        var appHosts = context.Installation.AppHosts.ToHashSet(StringComparer.Ordinal);
        foreach (var day in context.Days().Select(context.LocalDay))
        {
            foreach (var host in context.Installation.AllHosts)
            {
                var app = appHosts.Contains(host);
                Clean(records, context, day, host, CleanupTarget.TempFiles, new TimeOnly(2, 30), 1_500, 900_000_000);
                if (app)
                    Clean(records, context, day, host, CleanupTarget.Sessions, new TimeOnly(2, 35), 4_000, 40_000_000);
                if (day.DayOfWeek == DayOfWeek.Sunday)
                {
                    Clean(records, context, day, host, CleanupTarget.Logs, new TimeOnly(2, 45), 60, 2_500_000_000);
                    if (app)
                        Clean(records, context, day, host, CleanupTarget.Cache, new TimeOnly(2, 50), 9_000, 600_000_000);
                }
            }
        }

        return records.InTimeOrder();
    }

    private static void Clean(TimedRecords records, DemoContext context, DateOnly day, string host, CleanupTarget target, TimeOnly time, int files, long bytes)
    {
        var at = context.LocalTime(day, time) + context.JitterSeconds(TimeSpan.FromMinutes(1));
        var share = 0.5 + context.Random.NextDouble();
        records.Add(at, new Cleanup
        {
            Target = target,
            PerformedAt = at,
            Host = host,
            FilesRemoved = (long)(files * share),
            BytesFreed = (long)(bytes * share),
            Outcome = OperationOutcome.Success,
        });
    }
}
