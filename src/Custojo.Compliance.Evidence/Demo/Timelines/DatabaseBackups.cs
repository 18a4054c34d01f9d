using System.Globalization;
using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Evidence.Demo.Timelines;

/// <summary>
/// pgBackRest on the database host: a full backup of every database at 01:15 local each night and an
/// incremental one every 6 hours on the UTC clock (00:00, 06:00, 12:00, 18:00), which keeps the spacing through
/// DST changes. One nightly full backup fails and the on-call admin reruns it the same night.
/// </summary>
internal sealed class DatabaseBackups : IDemoTimeline
{
    private static readonly TimeSpan IncrementalInterval = TimeSpan.FromHours(6);

    public IReadOnlyList<PlantedViolation> Planted { get; } = [];

    public IEnumerable<EvidenceRecord> Generate(DemoContext context)
    {
        var records = new TimedRecords(context);
        var host = context.Installation.DatabaseHosts[0];
        var days = context.Days().Select(context.LocalDay).ToList();
        var failedNight = days[context.Random.Next(days.Count / 4, days.Count / 2)];
        foreach (var database in context.Installation.Databases)
        {
            var size = 1_600_000_000L;
            var fulls = new List<DateTimeOffset>();
            foreach (var day in days)
            {
                size += 2_000_000 + context.Random.Next(0, 4_000_000);
                var started = context.LocalTime(day, new TimeOnly(1, 15)) + context.JitterSeconds(TimeSpan.FromMinutes(2));
                if (day == failedNight)
                {
                    records.Add(started, Run(database, host, BackupType.Full, started, BackupOutcome.Failed, null, null)
                        with { Error = "ERROR: [082]: WAL segment was not archived before the 60000ms timeout" });
                    started += TimeSpan.FromMinutes(85);
                }
                records.Add(started, Run(database, host, BackupType.Full, started, BackupOutcome.Success, size, null));
                fulls.Add(started);
            }

            var utcMidnight = new DateTimeOffset(context.From.UtcDateTime.Date, TimeSpan.Zero);
            var latestFull = -1;
            for (var slot = utcMidnight; slot < context.To; slot += IncrementalInterval)
            {
                var started = slot + TimeSpan.FromMinutes(3) + context.JitterSeconds(TimeSpan.FromMinutes(2));
                while (latestFull + 1 < fulls.Count && fulls[latestFull + 1] < started) latestFull++;
                var parent = latestFull < 0 ? null : Label(fulls[latestFull], "F");
                records.Add(started, Run(database, host, BackupType.Incremental, started, BackupOutcome.Success, 40_000_000 + context.Random.Next(0, 80_000_000), parent));
            }
        }

        return records.InTimeOrder();
    }

    private static string Label(DateTimeOffset started, string type) =>
        started.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + type;

    private static BackupRun Run(string database, string host, BackupType type, DateTimeOffset started, BackupOutcome outcome, long? size, string? parent) => new()
    {
        Category = BackupCategory.Database,
        Type = type,
        StartedAt = started,
        CompletedAt = started + (type == BackupType.Full ? TimeSpan.FromMinutes(11) : TimeSpan.FromMinutes(2)),
        Outcome = outcome,
        SizeBytes = size,
        Target = database,
        Host = host,
        Repository = "/var/lib/pgbackrest",
        Tool = "pgbackrest 2.45",
        SnapshotId = outcome == BackupOutcome.Success ? Label(started, type == BackupType.Full ? "F" : "I") : null,
        ParentId = parent,
        Tags = [type == BackupType.Full ? "nightly" : "6-hourly"],
    };
}
