using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Sdk.Time;

/// <summary>
/// The cadence questions of the guide ("every 30 minutes", "daily", "before updating", "regularly") as
/// pure functions over time-ordered evidence and the audit window. Policies use these instead of
/// hand-rolling date arithmetic. All functions are deterministic and read no clock.
/// </summary>
/// <example>
/// <code>
/// // Transaction-log backups every 30 minutes, 5 minutes of tolerance; look back so the gap spanning the
/// // window start is measured from the real previous backup.
/// var gaps = ctx.Evidence&lt;BackupRun&gt;(lookback: TimeSpan.FromHours(1))
///     .Where(b => b.Record.Type == BackupType.TransactionLog)
///     .Gaps(ctx.Window, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(5));
/// return gaps.Passed
///     ? ctx.Pass($"Longest gap {Durations.Format(gaps.Longest.Duration)}.")
///     : ctx.Fail($"{gaps.Gaps.Count} gaps over {Durations.Format(gaps.Limit)}.", gaps.ToFindings(ctx.Window, "transaction-log backup"));
///
/// // A log review on every local day of the window.
/// var days = ctx.Evidence&lt;LogReview&gt;().Coverage(ctx.Window, CalendarUnit.Day);
///
/// // A successful full backup at most 24 hours before every production update of the same host.
/// var misses = ctx.Evidence&lt;Deployment&gt;()
///     .PrecededBy(ctx.Evidence&lt;BackupRun&gt;(lookback: TimeSpan.FromHours(24)), TimeSpan.FromHours(24), (d, b) => d.Host == b.Host);
///
/// // The latest security audit at most 31 days old at the window end.
/// var audit = ctx.Evidence&lt;SecurityAudit&gt;(lookback: TimeSpan.FromDays(31)).Freshness(ctx.Window.To, TimeSpan.FromDays(31));
/// </code>
/// </example>
public static class Cadence
{
    /// <summary>
    /// The gaps between consecutive events (and the window edges) longer than
    /// <paramref name="maxInterval"/> + <paramref name="tolerance"/> over the window <c>[From, To)</c>.
    /// <list type="bullet">
    /// <item>The edges count: from the window start to the first event, and from the last event to the window
    /// end; no event at all is one gap covering the window.</item>
    /// <item>A gap of exactly the limit passes; one tick more fails.</item>
    /// <item>Events before the window start (fetched with a lookback) are not judged themselves; the latest of
    /// them opens the first gap instead of the window start, so a gap spanning the window start is measured
    /// with its real length and reported with its real start. Likewise the first event at or after the window
    /// end closes the last gap; later events are not read.</item>
    /// <item>Events must arrive in time order (as evidence queries stream them); an out-of-order event throws
    /// <see cref="ArgumentException"/>. Equal instants are fine.</item>
    /// <item>Single pass; memory holds only the gaps over the limit.</item>
    /// </list>
    /// </summary>
    public static GapAnalysis Gaps<T>(this IEnumerable<Observed<T>> events, AuditWindow window, TimeSpan maxInterval, TimeSpan tolerance = default)
        where T : EvidenceRecord =>
        GapScanner.Scan(events.Select(e => new TimedEvent(e.At, e.Ref)), window, maxInterval, tolerance);

    /// <summary>The same as <see cref="Gaps{T}"/> for bare instants (the gaps carry no evidence references).</summary>
    public static GapAnalysis Gaps(this IEnumerable<DateTimeOffset> instants, AuditWindow window, TimeSpan maxInterval, TimeSpan tolerance = default) =>
        GapScanner.Scan(instants.Select(at => new TimedEvent(at, null)), window, maxInterval, tolerance);

    /// <summary>
    /// The local calendar periods (days, ISO weeks, months, quarters, years in the window's time zone) of the
    /// window that hold no event. Days are local days: 23 or 25 hours long on DST change days.
    /// <list type="bullet">
    /// <item>Partial periods: a period that is only partly inside the window (the window starts or ends inside
    /// it) is required only when <paramref name="requirePartial"/> is true. By default the window must cover
    /// the whole period, so a check over 2026-10-05 12:00 .. 2026-10-08 00:00 requires October 6 and 7 only.</item>
    /// <item>An event counts for the period that contains it, even when it lies outside the window: with
    /// <paramref name="requirePartial"/>, events fetched with a lookback can cover the first partial period.</item>
    /// <item>Events must arrive in time order; an out-of-order event throws <see cref="ArgumentException"/>.</item>
    /// </list>
    /// Filter the events to those that qualify (e.g. successful ones) before calling.
    /// </summary>
    public static CalendarCoverage Coverage<T>(this IEnumerable<Observed<T>> events, AuditWindow window, CalendarUnit unit, bool requirePartial = false)
        where T : EvidenceRecord =>
        CoverageScanner.Scan(events.Select(e => e.At), window, unit, requirePartial);

    /// <summary>The same as <see cref="Coverage{T}"/> for bare instants.</summary>
    public static CalendarCoverage Coverage(this IEnumerable<DateTimeOffset> instants, AuditWindow window, CalendarUnit unit, bool requirePartial = false) =>
        CoverageScanner.Scan(instants, window, unit, requirePartial);

    /// <summary>
    /// The events with no matching companion at most <paramref name="within"/> before them (the same instant
    /// counts), e.g. production updates without a successful backup in the 24 hours before. Each miss carries
    /// the nearest matching companion before the event, if any. Fetch companions with a lookback of at least
    /// <paramref name="within"/> so the first events of the window can find theirs. Both sequences must be in
    /// time order; companions are buffered, events stream.
    /// </summary>
    /// <param name="events">The events that each need a companion.</param>
    /// <param name="companions">The candidates, e.g. backups.</param>
    /// <param name="within">How long before the event the companion may be.</param>
    /// <param name="match">Whether a companion belongs to the event (e.g. same host or change id); null accepts any.</param>
    public static IReadOnlyList<SequenceMiss<TA, TB>> PrecededBy<TA, TB>(
        this IEnumerable<Observed<TA>> events, IEnumerable<Observed<TB>> companions, TimeSpan within, Func<TA, TB, bool>? match = null)
        where TA : EvidenceRecord
        where TB : EvidenceRecord =>
        SequenceJoin.Unmatched(events, companions, within, JoinDirection.PrecededBy, match);

    /// <summary>
    /// The events with no matching companion at most <paramref name="within"/> after them (the same instant
    /// counts), e.g. security alerts not acknowledged within 4 hours. Each miss carries the nearest matching
    /// companion after the event, if any. Fetch companions up to <paramref name="within"/> past the window end
    /// (<c>ctx.Query&lt;T&gt;(from, ctx.Window.To + within)</c>) so the last events of the window can find theirs.
    /// </summary>
    /// <param name="events">The events that each need a companion.</param>
    /// <param name="companions">The candidates, e.g. acknowledgements.</param>
    /// <param name="within">How long after the event the companion may be.</param>
    /// <param name="match">Whether a companion belongs to the event; null accepts any.</param>
    public static IReadOnlyList<SequenceMiss<TA, TB>> FollowedBy<TA, TB>(
        this IEnumerable<Observed<TA>> events, IEnumerable<Observed<TB>> companions, TimeSpan within, Func<TA, TB, bool>? match = null)
        where TA : EvidenceRecord
        where TB : EvidenceRecord =>
        SequenceJoin.Unmatched(events, companions, within, JoinDirection.FollowedBy, match);

    /// <summary>
    /// The latest item observed at or before <paramref name="at"/> (usually <c>ctx.Window.To</c>) and whether it
    /// is older than <paramref name="maxAge"/>; no item at all is stale. Items after <paramref name="at"/> are
    /// ignored; order does not matter. Fetch items with a lookback of at least <paramref name="maxAge"/>.
    /// </summary>
    public static Freshness<T> Freshness<T>(this IEnumerable<Observed<T>> items, DateTimeOffset at, TimeSpan maxAge) where T : EvidenceRecord
    {
        ArgumentNullException.ThrowIfNull(items);
        if (maxAge < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(maxAge), maxAge, "The maximum age must not be negative.");
        Observed<T>? latest = null;
        foreach (var item in items)
            if (item.At <= at && (latest is null || item.At >= latest.At))
                latest = item;
        return new Freshness<T>(latest, at, maxAge);
    }
}
