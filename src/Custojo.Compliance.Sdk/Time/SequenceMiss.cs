using Custojo.Compliance.Sdk.Evidence;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Sdk.Time;

/// <summary>
/// An event without its required companion: e.g. a production update with no successful backup in the
/// 24 hours before it. Produced by <see cref="Cadence.PrecededBy{TA,TB}"/> and <see cref="Cadence.FollowedBy{TA,TB}"/>.
/// </summary>
/// <param name="Event">The event that lacks a match.</param>
/// <param name="Nearest">
/// The closest matching companion on the required side (the latest one before it for
/// <see cref="JoinDirection.PrecededBy"/>, the earliest one after it for <see cref="JoinDirection.FollowedBy"/>),
/// too far away; null when there is none on that side at all.
/// </param>
/// <param name="Direction">Whether the companion had to come before or after the event.</param>
/// <param name="Within">How close the companion had to be.</param>
public sealed record SequenceMiss<TA, TB>(Observed<TA> Event, Observed<TB>? Nearest, JoinDirection Direction, TimeSpan Within)
    where TA : EvidenceRecord
    where TB : EvidenceRecord
{
    /// <summary>How far the nearest companion is from the event, when there is one.</summary>
    public TimeSpan? Distance => Nearest is null ? null : (Event.At - Nearest.At).Duration();

    /// <summary>
    /// A finding such as <c>Production update at 2026-10-05 22:00 +02:00 has no full backup in the 24h before it;
    /// the nearest was 1d 6h before, at 2026-10-04 16:00 +02:00.</c> referencing both records.
    /// </summary>
    /// <param name="window">The audit window, whose zone the times are shown in.</param>
    /// <param name="eventName">The event, capitalised as it starts the message: "Production update".</param>
    /// <param name="companionName">The required companion: "successful full backup".</param>
    /// <param name="subject">The host, change or other subject the finding is about, if any.</param>
    public Finding ToFinding(AuditWindow window, string eventName, string companionName, string? subject = null)
    {
        ArgumentNullException.ThrowIfNull(window);
        var side = Direction == JoinDirection.PrecededBy ? "before" : "after";
        var scope = subject is null ? "" : $" ({subject})";
        var nearest = Nearest is null
            ? $"there is none {side} it"
            : $"the nearest was {Durations.Format(Distance!.Value)} {side}, at {window.Format(Nearest.At)}";
        var message = $"{eventName}{scope} at {window.Format(Event.At)} has no {companionName} in the {Durations.Format(Within)} {side} it; {nearest}.";
        return new Finding(message)
        {
            Start = Nearest is null ? Event.At : Min(Event.At, Nearest.At),
            End = Nearest is null ? Event.At : Max(Event.At, Nearest.At),
            Subject = subject,
            Evidence = Nearest is null ? [Event.Ref] : [.. new[] { Event.Ref, Nearest.Ref }.OrderBy(r => r.ObservedAt)],
        };
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
