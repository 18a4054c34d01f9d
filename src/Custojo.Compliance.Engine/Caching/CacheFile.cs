using System.Text;

namespace Custojo.Compliance.Engine.Caching;

/// <summary>
/// The small files of the engine's caches: a line naming their format, rows of tab-separated fields, and a closing
/// line, written atomically (a reader never sees half a file). Best effort: a missing, foreign, damaged or unreadable
/// file is a miss, and one that cannot be written only costs the next run time. Lines rather than JSON because a
/// check reads one per policy file: the serializer's first use cost a one-control check about 0.015 s.
/// </summary>
internal static class CacheFile
{
    private const string End = "end";

    /// <summary>The rows of the file at <paramref name="path"/> written under <paramref name="format"/>, or null.</summary>
    public static IReadOnlyList<string[]>? Read(string path, string format)
    {
        try
        {
            if (!File.Exists(path)) return null;
            var lines = File.ReadAllLines(path, Encoding.UTF8);
            if (lines.Length < 2 || lines[0] != format || lines[^1] != End) return null;
            return [.. lines[1..^1].Select(line => line.Split('\t'))];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Writes <paramref name="rows"/> under <paramref name="format"/>; a failure is ignored. A field holding a tab or a
    /// line break cannot be written, so such an entry is not: the next run does the work again.
    /// </summary>
    public static void Write(string path, string format, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder(format).Append('\n');
        foreach (var row in rows)
        {
            if (row.Any(field => field.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0)) return;
            text.AppendJoin('\t', row).Append('\n');
        }
        try
        {
            WriteAtomically(path, Encoding.UTF8.GetBytes(text.Append(End).Append('\n').ToString()));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Writes <paramref name="content"/> beside <paramref name="path"/> and moves it into place; throws on failure.</summary>
    public static void WriteAtomically(string path, byte[] content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temp, content);
        File.Move(temp, path, overwrite: true);
    }
}
