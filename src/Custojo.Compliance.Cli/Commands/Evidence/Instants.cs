using System.Globalization;

namespace Custojo.Compliance.Cli.Commands.Evidence;

/// <summary>Instants as the evidence commands print them: UTC, ISO 8601, to the second unless finer.</summary>
internal static class Instants
{
    public static string Format(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        var format = utc.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
        return utc.ToString(format, CultureInfo.InvariantCulture);
    }
}
