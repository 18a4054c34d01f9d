using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Sdk.Time;

/// <summary>What <see cref="Cadence.Gaps{T}"/> found over a window.</summary>
/// <param name="Limit">The longest allowed gap: the maximum interval plus the tolerance. A gap of exactly this passes.</param>
/// <param name="Gaps">Every gap longer than <paramref name="Limit"/>, in time order.</param>
/// <param name="Longest">The longest gap of all, within the limit or not (the whole window when there were no events).</param>
/// <param name="EventCount">How many events inside the window were seen.</param>
public sealed record GapAnalysis(TimeSpan Limit, IReadOnlyList<Gap> Gaps, Gap Longest, int EventCount)
{
    /// <summary>True when no gap exceeds the limit.</summary>
    public bool Passed => Gaps.Count == 0;

    /// <summary>One finding per gap over the limit; see <see cref="Gap.ToFinding"/>.</summary>
    public IEnumerable<Finding> ToFindings(AuditWindow window, string what, string? subject = null) =>
        Gaps.Select(gap => gap.ToFinding(window, what, Limit, subject));
}
