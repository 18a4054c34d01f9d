using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Evidence.Demo.Timelines;

/// <summary>
/// The application's caches and file stores: Redis counters every hour (cumulative since the last restart,
/// with the traffic of office hours and a hit rate around 90%), the daily usage of the upload and export
/// volumes against their quotas, the monthly archival of old files (which frees space on the uploads volume),
/// and a review of the cache and of the file storage configuration in the period.
/// </summary>
internal sealed class CacheAndStorage : IDemoTimeline
{
    private const long GiB = 1024L * 1024 * 1024;

    private static readonly (string Cache, long MaxBytes, int Ttl, double Traffic)[] Caches =
    [
        ("redis-app", 1 * GiB, 3600, 40_000),
        ("redis-sessions", GiB / 4, 1800, 6_000),
    ];

    private static readonly (string Volume, long Quota, double StartGib, double DailyGrowthGib, int OlderThanDays)[] Volumes =
    [
        ("/srv/custojo/exports", 100 * GiB, 31, 0.08, 180),
        ("/srv/custojo/uploads", 300 * GiB, 184, 0.55, 365),
    ];

    public IReadOnlyList<PlantedViolation> Planted { get; } = [];

    public IEnumerable<EvidenceRecord> Generate(DemoContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var records = new TimedRecords(context);
        var counters = Caches.Select(c => (Hits: (long)(c.Traffic * 900), Misses: (long)(c.Traffic * 90))).ToArray();
        var used = Volumes.Select(v => v.StartGib).ToArray();
        var first = context.LocalDay(context.From);
        var length = context.LocalDay(context.To).DayNumber - first.DayNumber;
        var cacheReview = first.AddDays(Math.Min(20, length / 3));
        var storageReview = first.AddDays(Math.Min(48, 2 * length / 3));
        foreach (var midnight in context.Days())
        {
            var day = context.LocalDay(midnight);
            var next = context.LocalTime(day.AddDays(1), TimeOnly.MinValue);
            for (var at = midnight.AddMinutes(30); at < next; at = at.AddHours(1))
            {
                var hour = TimeZoneInfo.ConvertTime(at, context.Zone).Hour;
                var busy = hour is >= 7 and < 19 ? 1.0 : 0.25;
                for (var c = 0; c < Caches.Length; c++)
                {
                    var lookups = (long)(Caches[c].Traffic * context.Scale * busy * (0.8 + (0.4 * context.Random.NextDouble())));
                    var hits = (long)(lookups * (0.86 + (0.1 * context.Random.NextDouble())));
                    counters[c] = (counters[c].Hits + hits, counters[c].Misses + lookups - hits);
                    records.Add(at, new CacheStats
                    {
                        Cache = Caches[c].Cache,
                        SampledAt = at,
                        Hits = counters[c].Hits,
                        Misses = counters[c].Misses,
                        Evictions = context.Random.Next(0, 40),
                        SizeBytes = (long)(Caches[c].MaxBytes * (0.55 + (0.2 * context.Random.NextDouble()))),
                        MaxBytes = Caches[c].MaxBytes,
                        TtlSeconds = Caches[c].Ttl,
                    });
                }
            }

            for (var v = 0; v < Volumes.Length; v++)
            {
                if (day.Day == 1)
                {
                    var archivedAt = context.LocalTime(day, new TimeOnly(4, 0)) + TimeSpan.FromMinutes(10 * v);
                    var freed = used[v] * (0.04 + (0.02 * context.Random.NextDouble()));
                    used[v] -= freed;
                    records.Add(archivedAt, new FileArchival
                    {
                        Volume = Volumes[v].Volume,
                        ArchivedAt = archivedAt,
                        FilesArchived = (long)(freed * 1900),
                        BytesArchived = (long)(freed * GiB),
                        OlderThanDays = Volumes[v].OlderThanDays,
                        Outcome = OperationOutcome.Success,
                    });
                }

                used[v] += Volumes[v].DailyGrowthGib * (0.5 + context.Random.NextDouble());
                var sampledAt = context.LocalTime(day, new TimeOnly(6, 0)) + TimeSpan.FromMinutes(v);
                records.Add(sampledAt, new StorageUsage
                {
                    Volume = Volumes[v].Volume,
                    Host = context.Installation.AppHosts[0],
                    SampledAt = sampledAt,
                    UsedBytes = (long)(used[v] * GiB),
                    QuotaBytes = Volumes[v].Quota,
                    CapacityBytes = 500 * GiB,
                });
            }

            if (day == cacheReview)
                records.Add(context.LocalTime(day, new TimeOnly(11, 0)), Review(ConfigurationArea.Cache, context.LocalTime(day, new TimeOnly(11, 0)), ConfigurationOutcome.Changed, "Raised redis-app maxmemory to 1 GiB; eviction policy allkeys-lru; session TTL 30 minutes."));
            if (day == storageReview)
                records.Add(context.LocalTime(day, new TimeOnly(15, 0)), Review(ConfigurationArea.FileStorage, context.LocalTime(day, new TimeOnly(15, 0)), ConfigurationOutcome.Current, "Quotas 300 GiB uploads / 100 GiB exports kept; archive tier on object storage; noatime on both volumes."));
        }

        return records.InTimeOrder();
    }

    private static ConfigurationReview Review(ConfigurationArea area, DateTimeOffset at, ConfigurationOutcome outcome, string notes) => new()
    {
        Area = area,
        ReviewedAt = at,
        Reviewer = "bob.ops",
        Outcome = outcome,
        Notes = notes,
    };
}
