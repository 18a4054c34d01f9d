using System.Globalization;
using System.Xml;

namespace Custojo.Compliance.Reporting.Model;

/// <summary>Every way a report writes an instant or a duration: invariant, deterministic.</summary>
internal static class ReportTime
{
    /// <summary>ISO 8601 in UTC with a Z, fractions only when present: <c>2026-11-03T12:00:00Z</c>.</summary>
    public static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture).Replace(".Z", "Z", StringComparison.Ordinal);

    /// <summary>For people, in the installation's zone with its offset: <c>2026-11-03 13:00 +01:00</c>.</summary>
    public static string Local(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var format = local.Second == 0 && local.Millisecond == 0 ? "yyyy-MM-dd HH:mm zzz" : "yyyy-MM-dd HH:mm:ss zzz";
        return local.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>The local date only: <c>2026-11-03</c>.</summary>
    public static string LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 duration: <c>PT2H30M</c>, <c>P1DT2H</c>.</summary>
    public static string IsoDuration(TimeSpan duration) => XmlConvert.ToString(duration);

    /// <summary>For people: <c>1 d 2 h 30 min</c>, <c>45 s</c>.</summary>
    public static string Human(TimeSpan duration)
    {
        var sign = duration < TimeSpan.Zero ? "-" : "";
        duration = duration.Duration();
        var parts = new List<string>(4);
        if (duration.Days > 0) parts.Add(string.Create(CultureInfo.InvariantCulture, $"{duration.Days} d"));
        if (duration.Hours > 0) parts.Add(string.Create(CultureInfo.InvariantCulture, $"{duration.Hours} h"));
        if (duration.Minutes > 0) parts.Add(string.Create(CultureInfo.InvariantCulture, $"{duration.Minutes} min"));
        if (duration.Seconds > 0 || parts.Count == 0) parts.Add(string.Create(CultureInfo.InvariantCulture, $"{duration.Seconds} s"));
        return sign + string.Join(' ', parts);
    }

    /// <summary>A score for people: <c>87.5 %</c>, or <c>n/a</c>.</summary>
    public static string Score(double? score) =>
        score is { } s ? s.ToString("0.0", CultureInfo.InvariantCulture) + " %" : "n/a";
}
