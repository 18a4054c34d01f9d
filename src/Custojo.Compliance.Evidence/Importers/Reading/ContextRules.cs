using System.Globalization;

namespace Custojo.Compliance.Evidence.Importers.Reading;

/// <summary>How importers apply the <see cref="ImportContext"/>: each use of an assumption is recorded for the import summary.</summary>
internal static class ContextRules
{
    /// <summary>A local wall-clock time without offset, placed in the context's zone.</summary>
    public static DateTimeOffset InZone(this ImportContext context, DateTime local, string importer, string location)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var zone = context.Zone;
        if (zone.IsInvalidTime(unspecified))
            throw ToolFormatException.At(importer, location, $"a local time that exists in zone {zone.Id} (this one falls in a daylight-saving gap; check --timezone)", unspecified.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        context.Assume($"{importer}: local times without an offset read in zone {zone.Id} ({context.ZoneOrigin})");
        TimeSpan offset;
        if (zone.IsAmbiguousTime(unspecified))
        {
            offset = zone.GetAmbiguousTimeOffsets(unspecified).Max();
            context.Assume($"{importer}: a local time repeated by the daylight-saving change was read as its first occurrence (offset {offset:hh\\:mm})");
        }
        else
        {
            offset = zone.GetUtcOffset(unspecified);
        }
        return new DateTimeOffset(unspecified, offset);
    }

    /// <summary>The host of the records: <c>--host</c> wins, else the host the content names; neither is an error.</summary>
    public static string HostOf(this ImportContext context, string? named, string importer, string location, string what)
    {
        if (context.Host is { } host) return host;
        if (!string.IsNullOrWhiteSpace(named)) return named;
        throw ToolFormatException.MissingOption(importer, location, $"the host {what} ran on", "--host");
    }

    /// <summary>When an output without a time of its own was produced: <c>--observed-at</c>, else the import clock (said in the summary).</summary>
    public static DateTimeOffset ObservationTime(this ImportContext context, string importer, string what)
    {
        if (context.ObservedAt is { } at) return at;
        var now = context.Clock.GetUtcNow();
        context.Assume($"{importer}: {what} carries no time of its own; took the import clock ({now.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}); pass --observed-at to set it");
        return now;
    }

    /// <summary>The environment of applied patches: <c>--environment</c>, else production (said in the summary).</summary>
    public static string EnvironmentOrProduction(this ImportContext context, string importer)
    {
        if (context.Environment is { } environment) return environment;
        context.Assume($"{importer}: patches recorded as applied in production; pass --environment staging|test for other hosts");
        return "production";
    }

    public static DateTime ParseLocal(string text, string format, string importer, string location, string expected) =>
        DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw ToolFormatException.At(importer, location, expected, text);

    public static DateTimeOffset ParseInstant(string text, string importer, string location, string expected)
    {
        // An instant must carry its offset or Z: a naive value would silently take the machine's zone.
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        return hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw ToolFormatException.At(importer, location, expected, text);
    }
}
