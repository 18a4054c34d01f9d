using System.Globalization;
using Custojo.Compliance.Evidence;
using Custojo.Compliance.Sdk.Time;

namespace Custojo.Compliance.Cli.Infrastructure;

/// <summary>
/// Resolves the audit window from --from/--to, --period or --last, in the installation's time zone.
/// A date without a time means that local day's midnight; an instant needs an offset.
/// </summary>
internal static class WindowOptions
{
    public const string DefaultLast = "30d";

    public static AuditWindow Resolve(string? from, string? to, string? period, string? last, TimeZoneInfo zone, DateTimeOffset now)
    {
        var given = new[] { from ?? to, period, last }.Count(o => o is not null);
        if (given > 1)
            throw new InputException("Give one window: --from/--to, --period or --last (not several).");
        if (from is not null || to is not null)
        {
            if (from is null || to is null) throw new InputException("--from and --to go together: give both, e.g. --from 2026-10-01 --to 2026-11-01.");
            var start = Instant(from, "--from", zone);
            var end = Instant(to, "--to", zone);
            if (end <= start) throw new InputException($"--to {to} must be after --from {from}.");
            return new AuditWindow(start, end, zone);
        }
        if (period is not null)
            return AuditPeriod.TryParse(period, zone, out var window, out var error) ? window : throw new InputException($"--period: {error}");
        try
        {
            return AuditPeriod.ParseLast(last ?? DefaultLast, now, zone);
        }
        catch (FormatException ex)
        {
            throw new InputException(ex.Message, ex);
        }
    }

    /// <summary>An instant with an offset, or a date (local midnight in <paramref name="zone"/>).</summary>
    public static DateTimeOffset Instant(string text, string option, TimeZoneInfo zone)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return AuditPeriod.Parse(text, zone).From;
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z') || text.LastIndexOfAny(['+', '-']) > text.IndexOf('T', StringComparison.Ordinal) && text.Contains('T', StringComparison.Ordinal);
        if (hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
            return instant.ToUniversalTime();
        throw new InputException($"{option} {text}: expected a date (2026-10-01, local midnight in {zone.Id}) or an instant with an offset (2026-10-01T00:00:00Z).");
    }
}
