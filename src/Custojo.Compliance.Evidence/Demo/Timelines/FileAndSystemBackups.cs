using System.Globalization;
using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Evidence.Demo.Timelines;

/// <summary>
/// restic backs up the upload and document stores every night; borg backs up every host: a full system backup
/// on Sundays (and as the first backup of the period, when no chain exists yet), incremental ones in between.
/// </summary>
internal sealed class FileAndSystemBackups : IDemoTimeline
{
    /// <summary>The file stores the guide names, with the path each is kept under.</summary>
    public static IReadOnlyList<(string Scope, string Path)> FileStores { get; } =
        [("uploads", "/srv/custojo/uploads"), ("documents", "/srv/custojo/documents")];

    public IReadOnlyList<PlantedViolation> Planted { get; } = [];

    public IEnumerable<EvidenceRecord> Generate(DemoContext context)
    {
        var records = new TimedRecords(context);
        var appHost = context.Installation.AppHosts[0];
        var hosts = context.Installation.AllHosts.ToList();
        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        var first = true;
        foreach (var day in context.Days().Select(context.LocalDay))
        {
            for (var i = 0; i < FileStores.Count; i++)
            {
                var (scope, path) = FileStores[i];
                var started = context.LocalTime(day, new TimeOnly(2, 0)).AddMinutes(20 * i) + context.JitterSeconds(TimeSpan.FromMinutes(3));
                records.Add(started, new BackupRun
                {
                    Category = BackupCategory.FileSystem,
                    Type = BackupType.Incremental,
                    StartedAt = started,
                    CompletedAt = started.AddMinutes(6 + context.Random.Next(0, 6)),
                    Outcome = BackupOutcome.Success,
                    SizeBytes = 150_000_000 + context.Random.Next(0, 400_000_000),
                    Target = path,
                    Host = appHost,
                    Repository = "s3:backup.example.com/custojo-files",
                    Tool = "restic 0.16.4",
                    Scope = scope,
                    SnapshotId = Snapshot(started),
                    Tags = ["nightly", scope],
                });
            }

            var full = first || day.DayOfWeek == DayOfWeek.Sunday;
            for (var i = 0; i < hosts.Count; i++)
            {
                var started = context.LocalTime(day, new TimeOnly(3, 0)).AddMinutes(5 * i) + context.JitterSeconds(TimeSpan.FromMinutes(1));
                var snapshot = Snapshot(started);
                records.Add(started, new BackupRun
                {
                    Category = BackupCategory.System,
                    Type = full ? BackupType.Full : BackupType.Incremental,
                    StartedAt = started,
                    CompletedAt = started.AddMinutes(full ? 38 : 4),
                    Outcome = BackupOutcome.Success,
                    SizeBytes = full ? 9_800_000_000 + context.Random.Next(0, 400_000_000) : 90_000_000 + context.Random.Next(0, 200_000_000),
                    Target = hosts[i],
                    Host = hosts[i],
                    Repository = "ssh://backup.example.com/srv/borg/" + hosts[i],
                    Tool = "borg 1.2.8",
                    SnapshotId = snapshot,
                    ParentId = full ? null : parents.GetValueOrDefault(hosts[i]),
                    Tags = [full ? "weekly-full" : "daily"],
                });
                if (full) parents[hosts[i]] = snapshot;
            }

            first = false;
        }

        return records.InTimeOrder();
    }

    private static string Snapshot(DateTimeOffset started) =>
        started.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
}
