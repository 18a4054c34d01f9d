namespace Custojo.Compliance.Sdk.Time;

/// <summary>
/// Single pass over time-ordered events, ticking off the calendar periods they fall in. Memory: the list
/// of required periods.
/// </summary>
internal static class CoverageScanner
{
    public static CalendarCoverage Scan(IEnumerable<DateTimeOffset> instants, AuditWindow window, CalendarUnit unit, bool requirePartial)
    {
        ArgumentNullException.ThrowIfNull(instants);
        ArgumentNullException.ThrowIfNull(window);
        var required = CalendarPeriods.Of(window, unit, requirePartial).ToList();
        var covered = new bool[required.Count];
        var index = 0;
        DateTimeOffset? last = null;
        foreach (var at in instants)
        {
            TimeOrder.Ensure(last, at, nameof(instants));
            last = at;
            while (index < required.Count && required[index].End <= at) index++;
            if (index == required.Count) break;
            if (required[index].Contains(at)) covered[index] = true;
        }

        var missing = required.Where((_, i) => !covered[i]).ToList();
        return new CalendarCoverage(unit, required, missing);
    }
}
