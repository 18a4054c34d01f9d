using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Evidence.Demo.Timelines;

/// <summary>
/// The monitoring system's view of the services: a health probe of the web application on every application
/// host and of PostgreSQL on every database host every 30 minutes, with response times that rise in office
/// hours, the odd degraded probe and one short outage that the next probe finds recovered; and the log
/// shipper's summary of every host's logs (application, access, integration, audit and system) every six hours.
/// </summary>
internal sealed class ServiceMonitoring : IDemoTimeline
{
    private static readonly LogCollectionSource[] AppSources =
        [LogCollectionSource.Application, LogCollectionSource.Access, LogCollectionSource.Integration, LogCollectionSource.Audit, LogCollectionSource.System];

    private static readonly LogCollectionSource[] DatabaseSources = [LogCollectionSource.System, LogCollectionSource.Audit];

    public IReadOnlyList<PlantedViolation> Planted { get; } = [];

    public IEnumerable<EvidenceRecord> Generate(DemoContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.Installation.AppHosts.Select(h => (Host: h, Service: "custojo-web", BaseMs: 180.0))
            .Concat(context.Installation.DatabaseHosts.Select(h => (Host: h, Service: "postgresql", BaseMs: 6.0)))
            .ToList();
        var outage = context.From + TimeSpan.FromDays(Math.Min(40, (context.To - context.From).TotalDays / 2)) + TimeSpan.FromHours(3);
        var records = new TimedRecords(context);
        foreach (var midnight in context.Days())
        {
            var day = context.LocalDay(midnight);
            var next = context.LocalTime(day.AddDays(1), TimeOnly.MinValue);
            for (var slot = midnight.AddMinutes(1); slot < next; slot = slot.AddMinutes(30))
            {
                var hour = TimeZoneInfo.ConvertTime(slot, context.Zone).Hour;
                foreach (var (host, service, baseMs) in services)
                {
                    var at = slot + context.WholeSecondsJitter(TimeSpan.FromSeconds(20));
                    var down = service == "custojo-web" && host == services[0].Host && Math.Abs((at - outage).TotalMinutes) < 15;
                    var degraded = !down && context.Random.NextDouble() < 0.002;
                    var load = hour is >= 8 and < 18 ? 1.6 : 1.0;
                    var ms = baseMs * load * Math.Exp(0.35 * Normal(context.Random)) * (degraded ? 3 : 1);
                    records.Add(at, new HealthCheck
                    {
                        Host = host,
                        Service = service,
                        CheckedAt = at,
                        Status = down ? HealthStatus.Down : degraded ? HealthStatus.Degraded : HealthStatus.Up,
                        ResponseTimeMs = down ? null : Math.Round(ms, 1),
                    });
                }
            }

            foreach (var time in new[] { new TimeOnly(0, 5), new TimeOnly(6, 5), new TimeOnly(12, 5), new TimeOnly(18, 5) })
            {
                var at = context.LocalTime(day, time);
                var busy = time.Hour is 12 or 18 ? 2.5 : 1.0;
                var shipped = context.Installation.AppHosts.SelectMany(h => AppSources.Select(s => (Host: h, Source: s)))
                    .Concat(context.Installation.DatabaseHosts.SelectMany(h => DatabaseSources.Select(s => (Host: h, Source: s))));
                foreach (var (host, source) in shipped)
                {
                    var collected = at + context.WholeSecondsJitter(TimeSpan.FromSeconds(30));
                    records.Add(collected, Collection(context, source, host, collected, busy));
                }
            }
        }

        return records.InTimeOrder();
    }

    private static LogCollection Collection(DemoContext context, LogCollectionSource source, string host, DateTimeOffset at, double busy)
    {
        var (entries, errorRate) = source switch
        {
            LogCollectionSource.Application => (30_000, 0.0006),
            LogCollectionSource.Access => (90_000, 0.0),
            LogCollectionSource.Integration => (2_500, 0.004),
            LogCollectionSource.Audit => (1_200, 0.0),
            _ => (8_000, 0.0005),
        };
        var count = (long)(entries * busy * (0.8 + (0.4 * context.Random.NextDouble())));
        return new LogCollection
        {
            Source = source,
            Host = host,
            CollectedAt = at,
            Entries = count,
            Errors = (long)(count * errorRate * (0.5 + context.Random.NextDouble())),
            Warnings = (long)(count * errorRate * 6 * (0.5 + context.Random.NextDouble())),
        };
    }

    /// <summary>A standard normal draw (Box–Muller) from the timeline's seeded random source.</summary>
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
