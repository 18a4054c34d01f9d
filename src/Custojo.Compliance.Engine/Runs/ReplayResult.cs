namespace Custojo.Compliance.Engine.Runs;

/// <summary>A stored run evaluated again, and how its results compare with the stored ones, byte for byte.</summary>
public sealed record ReplayResult
{
    public required StoredRun Stored { get; init; }
    /// <summary>The results of the replay, waivers re-applied; never saved as a run.</summary>
    public required IReadOnlyList<ControlRunResult> Replayed { get; init; }
    /// <summary>Controls whose serialised results differ, ordered by id; empty when the replay is identical.</summary>
    public required IReadOnlyList<ReplayDifference> Differences { get; init; }

    public bool Identical => Differences.Count == 0;
}
