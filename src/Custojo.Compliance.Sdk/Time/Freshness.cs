using Custojo.Compliance.Sdk.Evidence;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Sdk.Time;

/// <summary>
/// How old the latest item is at an instant (usually the window end). Produced by <see cref="Cadence.Freshness{T}"/>.
/// </summary>
/// <param name="Latest">The latest item observed at or before <paramref name="At"/>; null when there is none.</param>
/// <param name="At">The instant the age is measured at.</param>
/// <param name="MaxAge">The oldest the latest item may be. An age of exactly this is still fresh.</param>
public sealed record Freshness<T>(Observed<T>? Latest, DateTimeOffset At, TimeSpan MaxAge) where T : EvidenceRecord
{
    /// <summary>Age of the latest item at <see cref="At"/>; null when there is none.</summary>
    public TimeSpan? Age => Latest is null ? null : At - Latest.At;

    /// <summary>True when there is no item or the latest one is older than <see cref="MaxAge"/>.</summary>
    public bool IsStale => Age is not { } age || age > MaxAge;

    /// <summary>
    /// A finding such as <c>The latest security audit is 40d old at 2026-11-01 00:00 +01:00 (limit 31d); it was
    /// observed at 2026-09-22 10:00 +02:00.</c> or <c>No security audit observed up to 2026-11-01 00:00 +01:00
    /// (limit 31d).</c>
    /// </summary>
    /// <param name="window">The audit window, whose zone the times are shown in.</param>
    /// <param name="what">What is expected to be recent, as a noun phrase: "security audit".</param>
    /// <param name="subject">The host, account or other subject the finding is about, if any.</param>
    public Finding ToFinding(AuditWindow window, string what, string? subject = null)
    {
        ArgumentNullException.ThrowIfNull(window);
        var scope = subject is null ? "" : $" for {subject}";
        if (Latest is null)
            return new Finding($"No {what}{scope} observed up to {window.Format(At)} (limit {Durations.Format(MaxAge)}).")
            {
                End = At,
                Subject = subject,
            };

        return new Finding($"The latest {what}{scope} is {Durations.Format(Age!.Value)} old at {window.Format(At)} (limit {Durations.Format(MaxAge)}); it was observed at {window.Format(Latest.At)}.")
        {
            Start = Latest.At,
            End = At,
            Subject = subject,
            Evidence = [Latest.Ref],
        };
    }
}
