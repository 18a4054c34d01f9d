using System.Globalization;
using Custojo.Compliance.Engine.Caching;

namespace Custojo.Compliance.Engine.Evaluation;

/// <summary>
/// How long each control's check took in the last check of the workspace, kept in its cache folder so the next
/// run starts the slowest controls first: on two cores a slow control started last leaves the other core
/// idle at the end. Only the order of evaluation depends on it, never a result. A missing or damaged file means
/// no history; one that cannot be written only costs the next run its ordering.
/// The file holds a line of control id, tab, seconds per control (see <see cref="CacheFile"/>).
/// </summary>
internal sealed class ControlTimings(string? directory)
{
    private const string FileName = "control-timings.tsv";
    private const string Format = "custojo control timings 1";

    private string? Path => directory is null ? null : System.IO.Path.Combine(directory, FileName);

    /// <summary>Positions of <paramref name="controlIds"/>, slowest by <paramref name="earlier"/> first; unknown and ties keep their order.</summary>
    public static IReadOnlyList<int> SlowestFirst(IReadOnlyList<string> controlIds, IReadOnlyDictionary<string, double> earlier) =>
        [.. Enumerable.Range(0, controlIds.Count).OrderByDescending(i => earlier.GetValueOrDefault(controlIds[i]))];

    public IReadOnlyDictionary<string, double> Load()
    {
        var timings = new Dictionary<string, double>(StringComparer.Ordinal);
        if (Path is not { } path || CacheFile.Read(path, Format) is not { } rows) return timings;
        foreach (var row in rows)
        {
            if (row.Length != 2 || row[0].Length == 0 || !double.TryParse(row[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
                return new Dictionary<string, double>(StringComparer.Ordinal);
            timings[row[0]] = seconds;
        }
        return timings;
    }

    /// <summary>Keeps the timings of this run, and those of earlier runs for controls this run did not evaluate.</summary>
    public void Save(IReadOnlyDictionary<string, double> earlier, IReadOnlyDictionary<string, double> seconds)
    {
        if (Path is not { } path) return;
        var merged = new Dictionary<string, double>(earlier, StringComparer.Ordinal);
        foreach (var (id, value) in seconds) merged[id] = Math.Round(value, 3);
        var ids = merged.Keys.ToArray();
        Array.Sort(ids, StringComparer.Ordinal);
        CacheFile.Write(path, Format, ids.Select(id => new[] { id, merged[id].ToString("R", CultureInfo.InvariantCulture) }));
    }
}
