namespace Custojo.Compliance.Reporting.Model;

/// <summary>
/// The score of an earlier run of the same workspace, for the trend chart. <paramref name="At"/> is the
/// end of that run's audit window; <paramref name="Score"/> is null when nothing was scored.
/// Compute it with <see cref="ComplianceScore.Compute"/> so every point uses the same formula.
/// </summary>
public sealed record ScorePoint(string RunId, DateTimeOffset At, double? Score);
