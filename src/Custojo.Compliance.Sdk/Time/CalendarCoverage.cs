using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Sdk.Time;

/// <summary>What <see cref="Cadence.Coverage{T}"/> found: the calendar periods required and those without an event.</summary>
/// <param name="Unit">The period length checked.</param>
/// <param name="Required">Every period that needed an event, in time order.</param>
/// <param name="Missing">The required periods without any event, in time order.</param>
public sealed record CalendarCoverage(CalendarUnit Unit, IReadOnlyList<CalendarPeriod> Required, IReadOnlyList<CalendarPeriod> Missing)
{
    /// <summary>True when every required period has an event.</summary>
    public bool Passed => Missing.Count == 0;

    /// <summary>How many required periods had an event.</summary>
    public int CoveredCount => Required.Count - Missing.Count;

    /// <summary>One finding per missing period; see <see cref="CalendarPeriod.ToFinding"/>.</summary>
    public IEnumerable<Finding> ToFindings(AuditWindow window, string what, string? subject = null) =>
        Missing.Select(period => period.ToFinding(window, what, subject));
}
