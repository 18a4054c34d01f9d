using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Sdk.Time;

/// <summary>
/// A stretch of time without events: from the event before it (or the window start) to the event after
/// it (or the window end).
/// </summary>
/// <param name="Start">Where the gap starts: the previous event, or the window start when there is none.</param>
/// <param name="End">Where the gap ends: the next event, or the window end when there is none.</param>
/// <param name="Before">The event that opens the gap, if there is one (not when the gap starts at the window start).</param>
/// <param name="After">The event that closes the gap, if there is one (not when the gap runs to the window end).</param>
public sealed record Gap(DateTimeOffset Start, DateTimeOffset End, EvidenceRef? Before, EvidenceRef? After)
{
    public TimeSpan Duration => End - Start;

    /// <summary>
    /// A finding such as <c>No transaction-log backup for 47m (limit 30m) from 2026-10-05 03:10 +02:00 to
    /// 2026-10-05 03:57 +02:00.</c> referencing the bounding events.
    /// </summary>
    /// <param name="window">The audit window, whose zone the times are shown in.</param>
    /// <param name="what">What was expected, as a noun phrase: "transaction-log backup".</param>
    /// <param name="limit">The longest allowed gap (interval plus tolerance), shown for context.</param>
    /// <param name="subject">The host, database or other subject the finding is about, if any.</param>
    public Finding ToFinding(AuditWindow window, string what, TimeSpan limit, string? subject = null)
    {
        ArgumentNullException.ThrowIfNull(window);
        var scope = subject is null ? "" : $" for {subject}";
        var from = Before is null ? $"the window start {window.Format(Start)}" : window.Format(Start);
        var to = After is null ? $"the window end {window.Format(End)}" : window.Format(End);
        EvidenceRef[] evidence = (Before, After) switch
        {
            ({ } b, { } a) => [b, a],
            ({ } b, null) => [b],
            (null, { } a) => [a],
            _ => [],
        };
        return new Finding($"No {what}{scope} for {Durations.Format(Duration)} (limit {Durations.Format(limit)}) from {from} to {to}.")
        {
            Start = Start,
            End = End,
            Subject = subject,
            Evidence = evidence,
        };
    }
}
