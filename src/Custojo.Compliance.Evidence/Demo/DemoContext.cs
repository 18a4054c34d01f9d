using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Evidence.Demo;

/// <summary>
/// What every demo timeline generator gets: the period, the installation's zone, its people and hosts,
/// the scale, and a random source seeded per generator (same seed, same history, byte for byte).
/// </summary>
public sealed class DemoContext
{
    internal DemoContext(DateTimeOffset from, DateTimeOffset to, TimeZoneInfo zone, int scale, DemoInstallation installation, Random random)
    {
        From = from;
        To = to;
        Zone = zone;
        Scale = scale;
        Installation = installation;
        Random = random;
    }

    /// <summary>Start of the demo period (local midnight, UTC).</summary>
    public DateTimeOffset From { get; }

    /// <summary>End of the demo period, exclusive (local midnight, UTC).</summary>
    public DateTimeOffset To { get; }

    public TimeZoneInfo Zone { get; }

    /// <summary>Volume multiplier: users, hosts, login attempts and samples grow with it.</summary>
    public int Scale { get; }

    public DemoInstallation Installation { get; }

    public Random Random { get; }

    /// <summary>The local days of the period, each as its local midnight in UTC.</summary>
    public IEnumerable<DateTimeOffset> Days()
    {
        var first = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(From, Zone).DateTime);
        for (var day = first; ; day = day.AddDays(1))
        {
            var midnight = LocalTime(day, TimeOnly.MinValue);
            if (midnight >= To) yield break;
            yield return midnight;
        }
    }

    /// <summary>A local wall-clock time on a local day, as an instant (DST gaps move forward, ambiguous times take the first).</summary>
    public DateTimeOffset LocalTime(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        while (Zone.IsInvalidTime(local)) local = local.AddMinutes(30);
        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The local day of an instant.</summary>
    public DateOnly LocalDay(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>A jitter of up to ± <paramref name="spread"/>, deterministic by the seed.</summary>
    public TimeSpan Jitter(TimeSpan spread) => TimeSpan.FromSeconds((Random.NextDouble() * 2 - 1) * spread.TotalSeconds);

    /// <summary>A demo record at <paramref name="at"/> is kept only inside the period.</summary>
    public bool InPeriod(DateTimeOffset at) => at >= From && at < To;

    internal static EvidenceRecord[] None => [];
}
