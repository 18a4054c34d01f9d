using Custojo.Compliance.Engine.Runs;

namespace Custojo.Compliance.Engine.Drift;

/// <summary>
/// What a diff compares of a run: its identity, window, parameters and, per control, the outcome, the
/// outcome before any waiver and the waiver's status. Built from a stored run or from a signed report's results.
/// </summary>
public sealed record RunSnapshot
{
    public required string RunId { get; init; }
    /// <summary>Where the run came from, for people: <c>run #3</c> or the report's path.</summary>
    public required string Source { get; init; }
    public required DateTimeOffset From { get; init; }
    public required DateTimeOffset To { get; init; }
    public DateTimeOffset? AsOf { get; init; }
    /// <summary>Parameters in effect, per control id, values as the run rendered them.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Parameters { get; init; }
    /// <summary>One entry per evaluated control, ordered by control id (ordinal).</summary>
    public required IReadOnlyList<ControlSnapshot> Controls { get; init; }

    public static RunSnapshot Of(RunResult run, string source) => new()
    {
        RunId = run.RunId,
        Source = source,
        From = run.From,
        To = run.To,
        AsOf = run.AsOf,
        Parameters = run.Parameters,
        Controls = [.. run.Results.Select(ControlSnapshot.Of).OrderBy(c => c.ControlId, StringComparer.Ordinal)],
    };
}
