using System.Globalization;

namespace Custojo.Compliance.Sdk.Time;

/// <summary>
/// Lists the local calendar periods of a window. Periods are computed on local dates and turned into
/// UTC with the zone's rules, so they stay correct across DST changes.
/// </summary>
/// <example>
/// <code>
/// foreach (var day in CalendarPeriods.Of(ctx.Window, CalendarUnit.Day)) { ... day.Label, day.Start, day.End ... }
/// </code>
/// </example>
public static class CalendarPeriods
{
    [ThreadStatic] private static (CalendarPeriod Period, TimeZoneInfo Zone)? _lastContaining;

    /// <summary>
    /// The periods of <paramref name="unit"/> that overlap <paramref name="window"/>, in time order. A period
    /// that is only partly inside the window (the window starts or ends inside it) is listed only when
    /// <paramref name="includePartial"/> is true, marked <see cref="CalendarPeriod.IsPartial"/>, with its full
    /// extent (not clipped to the window).
    /// </summary>
    public static IEnumerable<CalendarPeriod> Of(AuditWindow window, CalendarUnit unit, bool includePartial = false)
    {
        ArgumentNullException.ThrowIfNull(window);
        var localStart = PeriodStart(LocalClock.DateOf(window.From, window.Zone), unit);
        var start = LocalClock.ToUtc(localStart, window.Zone);
        while (start < window.To)
        {
            var next = Next(localStart, unit);
            var end = LocalClock.ToUtc(next, window.Zone);
            var partial = start < window.From || end > window.To;
            if (end > window.From && (includePartial || !partial))
                yield return new CalendarPeriod(unit, Label(localStart, unit), start, end, partial);
            localStart = next;
            start = end;
        }
    }

    /// <summary>The period of <paramref name="unit"/> that contains <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static CalendarPeriod Containing(DateTimeOffset instant, CalendarUnit unit, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        // Controls ask for the period of record after record in time order, so the last answer usually holds: it
        // saves two zone conversions and a label per record.
        if (_lastContaining is { } last && last.Zone == zone && last.Period.Unit == unit && instant >= last.Period.Start && instant < last.Period.End)
            return last.Period;
        var localStart = PeriodStart(LocalClock.DateOf(instant, zone), unit);
        var period = Create(localStart, unit, zone);
        _lastContaining = (period, zone);
        return period;
    }

    /// <summary>The period of <paramref name="unit"/> starting on the local date <paramref name="localStart"/>.</summary>
    internal static CalendarPeriod Create(DateOnly localStart, CalendarUnit unit, TimeZoneInfo zone) =>
        new(unit, Label(localStart, unit), LocalClock.ToUtc(localStart, zone), LocalClock.ToUtc(Next(localStart, unit), zone), IsPartial: false);

    /// <summary>The first local date of the period holding <paramref name="date"/>.</summary>
    internal static DateOnly PeriodStart(DateOnly date, CalendarUnit unit) => unit switch
    {
        CalendarUnit.Day => date,
        CalendarUnit.IsoWeek => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        CalendarUnit.Month => new DateOnly(date.Year, date.Month, 1),
        CalendarUnit.Quarter => new DateOnly(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1),
        CalendarUnit.Year => new DateOnly(date.Year, 1, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown calendar unit."),
    };

    internal static DateOnly Next(DateOnly periodStart, CalendarUnit unit) => unit switch
    {
        CalendarUnit.Day => periodStart.AddDays(1),
        CalendarUnit.IsoWeek => periodStart.AddDays(7),
        CalendarUnit.Month => periodStart.AddMonths(1),
        CalendarUnit.Quarter => periodStart.AddMonths(3),
        CalendarUnit.Year => periodStart.AddYears(1),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown calendar unit."),
    };

    internal static string Label(DateOnly periodStart, CalendarUnit unit) => unit switch
    {
        CalendarUnit.Day => periodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        CalendarUnit.IsoWeek => IsoWeekLabel(periodStart),
        CalendarUnit.Month => periodStart.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        CalendarUnit.Quarter => string.Create(CultureInfo.InvariantCulture, $"{periodStart.Year:D4}-Q{((periodStart.Month - 1) / 3) + 1}"),
        CalendarUnit.Year => periodStart.Year.ToString("D4", CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown calendar unit."),
    };

    private static string IsoWeekLabel(DateOnly monday)
    {
        var day = monday.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day):D4}-W{ISOWeek.GetWeekOfYear(day):D2}");
    }
}
