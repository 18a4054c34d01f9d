using System.Globalization;
using System.Text;
using Custojo.Compliance.Engine.Caching;

namespace Custojo.Compliance.Engine.Evaluation;

/// <summary>
/// How long each control's check took in the last check of the workspace, kept in its cache folder so the next
/// run starts the slowest controls first: on two cores a slow control started last leaves the other core
/// idle at the end. Only the order of evaluation depends on it, never a result. A missing or damaged file means
/// no history; one that cannot be written only costs the next run its ordering.
/// The file is lines of control id, tab, seconds: read and written in every check, as JSON it cost a one-control
/// check's evaluation about 0.025 s of its 0.32 s, the serializer compiling its generic dictionary code on first use.
/// </summary>
internal sealed class ControlTimings(string? directory)
{
    private const string FileName = "control-timings.tsv";

    private string? Path => directory is null ? null : System.IO.Path.Combine(directory, FileName);

    /// <summary>Positions of <paramref name="controlIds"/>, slowest by <paramref name="earlier"/> first; unknown and ties keep their order.</summary>
    public static IReadOnlyList<int> SlowestFirst(IReadOnlyList<string> controlIds, IReadOnlyDictionary<string, double> earlier) =>
        [.. Enumerable.Range(0, controlIds.Count).OrderByDescending(i => earlier.GetValueOrDefault(controlIds[i]))];

    public IReadOnlyDictionary<string, double> Load()
    {
        var timings = new Dictionary<string, double>(StringComparer.Ordinal);
        if (Path is not { } path || !File.Exists(path)) return timings;
        try
        {
            foreach (var line in File.ReadAllLines(path))
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (tab <= 0 || !double.TryParse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
                    return new Dictionary<string, double>(StringComparer.Ordinal);
                timings[line[..tab]] = seconds;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            timings.Clear();
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
        var text = new StringBuilder();
        foreach (var id in ids) text.Append(id).Append('\t').Append(merged[id].ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        try
        {
            CacheFile.WriteAtomically(path, Encoding.UTF8.GetBytes(text.ToString()));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }
}
