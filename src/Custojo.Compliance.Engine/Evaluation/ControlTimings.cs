using Custojo.Compliance.Engine.Caching;

namespace Custojo.Compliance.Engine.Evaluation;

/// <summary>
/// How long each control's check took in the last check of the workspace, kept in its cache folder so the next
/// run starts the slowest controls first: on two cores a slow control started last leaves the other core
/// idle at the end. Only the order of evaluation depends on it, never a result. A missing or damaged file means
/// no history; one that cannot be written only costs the next run its ordering.
/// </summary>
internal sealed class ControlTimings(string? directory)
{
    private const string FileName = "control-timings.json";

    private string? Path => directory is null ? null : System.IO.Path.Combine(directory, FileName);

    /// <summary>Positions of <paramref name="controlIds"/>, slowest by <paramref name="earlier"/> first; unknown and ties keep their order.</summary>
    public static IReadOnlyList<int> SlowestFirst(IReadOnlyList<string> controlIds, IReadOnlyDictionary<string, double> earlier) =>
        [.. Enumerable.Range(0, controlIds.Count).OrderByDescending(i => earlier.GetValueOrDefault(controlIds[i]))];

    public IReadOnlyDictionary<string, double> Load() =>
        (Path is { } path ? CacheFile.Read<Dictionary<string, double>>(path) : null) ?? new Dictionary<string, double>();

    /// <summary>Keeps the timings of this run, and those of earlier runs for controls this run did not evaluate.</summary>
    public void Save(IReadOnlyDictionary<string, double> earlier, IReadOnlyDictionary<string, double> seconds)
    {
        if (Path is not { } path) return;
        var merged = new SortedDictionary<string, double>(earlier.ToDictionary(), StringComparer.Ordinal);
        foreach (var (id, value) in seconds) merged[id] = Math.Round(value, 3);
        CacheFile.Write(path, merged);
    }
}
