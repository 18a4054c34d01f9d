using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Sdk.Time;

/// <summary>
/// One local calendar period (day, ISO week, month, quarter, year) as the UTC range
/// <c>[Start, End)</c> it covers in the installation's time zone.
/// </summary>
/// <param name="Unit">The kind of period.</param>
/// <param name="Label">Its name: <c>2026-10-05</c>, <c>2026-W42</c>, <c>2026-10</c>, <c>2026-Q4</c> or <c>2026</c>.</param>
/// <param name="Start">The first instant of the period, UTC.</param>
/// <param name="End">The first instant after the period, UTC.</param>
/// <param name="IsPartial">True when the period is not entirely inside the window it was listed for.</param>
public sealed record CalendarPeriod(CalendarUnit Unit, string Label, DateTimeOffset Start, DateTimeOffset End, bool IsPartial)
{
    /// <summary>The period's length: a local day lasts 23, 24 or 25 hours.</summary>
    public TimeSpan Length => End - Start;

    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;

    /// <summary>
    /// A finding saying that nothing of <paramref name="what"/> happened in this period, e.g.
    /// <c>No verified backup on 2026-10-05 (2026-10-05 00:00 +02:00 to 2026-10-06 00:00 +02:00).</c>
    /// </summary>
    /// <param name="window">The audit window, whose zone the times are shown in.</param>
    /// <param name="what">What was expected, as a noun phrase: "verified backup", "log review".</param>
    /// <param name="subject">The host, database or other subject the finding is about, if any.</param>
    public Finding ToFinding(AuditWindow window, string what, string? subject = null)
    {
        ArgumentNullException.ThrowIfNull(window);
        var preposition = Unit == CalendarUnit.Day ? "on" : "in";
        var scope = subject is null ? "" : $" for {subject}";
        return new Finding($"No {what}{scope} {preposition} {Label} ({window.Format(Start)} to {window.Format(End)}).")
        {
            Start = Start,
            End = End,
            Subject = subject,
        };
    }
}
