using System.Globalization;
using Custojo.Compliance.Sdk.Evidence;
using Custojo.Compliance.Sdk.Results;
using Custojo.Compliance.Sdk.Time;

namespace Custojo.Compliance.Sdk.Tests.Time;

/// <summary>Builders for instants, windows and observed records in tests.</summary>
internal static class Timeline
{
    public static readonly TimeZoneInfo Utc = TimeZoneInfo.Utc;
    public static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    public static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    public static DateTimeOffset T(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.None);

    public static AuditWindow Window(string from, string to, TimeZoneInfo? zone = null) => new(T(from), T(to), zone ?? Utc);

    public static Observed<Ping> Ping(string iso, string host = "db1")
    {
        var at = T(iso);
        return new Observed<Ping>(new EvidenceRef($"ping-{host}-{at.UtcTicks}", "ping", at), new Ping(host));
    }

    public static IEnumerable<Observed<Ping>> Pings(params string[] instants) => instants.Select(i => Ping(i));

    /// <summary>Events every <paramref name="step"/> from <paramref name="first"/> while before <paramref name="end"/>.</summary>
    public static IEnumerable<Observed<Ping>> Every(TimeSpan step, string first, string end)
    {
        for (var at = T(first); at < T(end); at += step)
            yield return new Observed<Ping>(new EvidenceRef($"ping-{at.UtcTicks}", "ping", at), new Ping("db1"));
    }
}
