using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Evidence.Demo.Timelines;

/// <summary>
/// Database care: vacuum and statistics update every night, an optimisation run every Saturday and an index
/// rebuild every Sunday, a slow-query report every morning, and on the second Wednesday of each month the DBA
/// optimises the worst query of the month and adds the index it needed.
/// </summary>
internal sealed class DatabasePerformance : IDemoTimeline
{
    private static readonly string[] SlowQueries =
    [
        "select * from documents where owner_id = $1 order by created_at desc",
        "select count(*) from audit_events where tenant_id = $1 and at >= $2",
        "update sessions set last_seen = $1 where token = $2",
        "select d.* from documents d join shares s on s.document_id = d.id where s.user_id = $1",
    ];

    public IReadOnlyList<PlantedViolation> Planted { get; } = [];

    public IEnumerable<EvidenceRecord> Generate(DemoContext context)
    {
        var records = new TimedRecords(context);
        foreach (var database in context.Installation.Databases)
        {
            foreach (var day in context.Days().Select(context.LocalDay))
            {
                Maintain(records, context, database, day, MaintenanceOperation.Vacuum, new TimeOnly(3, 30), null, 60);
                Maintain(records, context, database, day, MaintenanceOperation.StatisticsUpdate, new TimeOnly(3, 45), null, 20);
                if (day.DayOfWeek == DayOfWeek.Saturday)
                    Maintain(records, context, database, day, MaintenanceOperation.Optimize, new TimeOnly(4, 0), null, 240);
                if (day.DayOfWeek == DayOfWeek.Sunday)
                    Maintain(records, context, database, day, MaintenanceOperation.IndexRebuild, new TimeOnly(4, 0), "documents_pkey", 180);
                if (day.DayOfWeek == DayOfWeek.Wednesday && day.Day is >= 8 and <= 14)
                {
                    Maintain(records, context, database, day, MaintenanceOperation.QueryOptimized, new TimeOnly(14, 0), SlowQueries[day.Month % SlowQueries.Length], 5);
                    Maintain(records, context, database, day, MaintenanceOperation.IndexAdded, new TimeOnly(14, 20), $"ix_demo_{day.Month:D2}_owner_created", 95);
                }

                var reported = context.LocalTime(day, new TimeOnly(6, 0)) + context.JitterSeconds(TimeSpan.FromMinutes(2));
                var count = context.Random.Next(0, 5);
                records.Add(reported, new SlowQueryReport
                {
                    ReportedAt = reported,
                    Database = database,
                    ThresholdMs = 500,
                    SlowQueryCount = count,
                    WorstMs = count == 0 ? 0 : Math.Round(520 + (context.Random.NextDouble() * 1800), 1),
                    Queries = [.. SlowQueries.Take(count)],
                });
            }
        }

        return records.InTimeOrder();
    }

    private static void Maintain(TimedRecords records, DemoContext context, string database, DateOnly day, MaintenanceOperation operation, TimeOnly time, string? target, double seconds)
    {
        var at = context.LocalTime(day, time) + context.JitterSeconds(TimeSpan.FromMinutes(2));
        records.Add(at, new DatabaseMaintenance
        {
            Operation = operation,
            PerformedAt = at,
            Database = database,
            Target = target,
            Outcome = OperationOutcome.Success,
            DurationSeconds = Math.Round(seconds * (0.7 + (context.Random.NextDouble() * 0.6)), 1),
        });
    }
}
