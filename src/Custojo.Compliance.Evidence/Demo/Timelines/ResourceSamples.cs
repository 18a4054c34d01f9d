using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Evidence.Demo.Timelines;

/// <summary>
/// The monitoring agent samples CPU, memory and disk of every host every 15 minutes: CPU follows the office day,
/// memory stays between 45 and 75 percent, disks fill slowly. The bulk of the demo's records with the login
/// attempts: 96 samples per host and day.
/// </summary>
internal sealed class ResourceSamples : IDemoTimeline
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    public IReadOnlyList<PlantedViolation> Planted { get; } = [];

    public IEnumerable<EvidenceRecord> Generate(DemoContext context)
    {
        var hosts = context.Installation.AllHosts.ToList();
        var databaseHosts = context.Installation.DatabaseHosts.ToHashSet(StringComparer.Ordinal);
        var disks = hosts.Select((h, i) => databaseHosts.Contains(h) ? 52.0 : 38.0 + (i % 4 * 2.5)).ToArray();
        for (var slot = context.From; slot < context.To; slot += Interval)
        {
            var hour = TimeZoneInfo.ConvertTime(slot, context.Zone).TimeOfDay.TotalHours;
            var office = hour is >= 8 and < 18 ? Math.Sin((hour - 8) / 10 * Math.PI) : 0;
            for (var i = 0; i < hosts.Count; i++)
            {
                var database = databaseHosts.Contains(hosts[i]);
                disks[i] += 0.0004 + (context.Random.NextDouble() * 0.0002);
                var at = slot + TimeSpan.FromSeconds(15 + context.Random.Next(0, 21));
                if (!context.InPeriod(at)) continue;
                yield return new ResourceSample
                {
                    Host = hosts[i],
                    SampledAt = at,
                    CpuPercent = Math.Round((database ? 18 : 9) + (office * (database ? 34 : 41)) + (context.Random.NextDouble() * 9), 1),
                    MemoryPercent = Math.Round((database ? 62 : 47) + (office * 9) + (context.Random.NextDouble() * 4), 1),
                    DiskPercent = Math.Round(disks[i], 1),
                    Mount = database ? "/var/lib/postgresql" : "/",
                };
            }
        }
    }
}
