namespace Custojo.Compliance.Analyzers.Directives;

/// <summary>
/// Path arithmetic for <c>#load</c> inside a policy pack, where every script's path is relative to the pack
/// root and uses '/'. Shared by the analyzer and the engine's source resolver so both agree on what is inside.
/// </summary>
public static class PackPath
{
    /// <summary>
    /// Resolves <paramref name="loadPath"/> (as written in <c>#load</c>) against the pack-relative path of the
    /// file that contains it. Returns the normalised pack-relative path, or null when the path is rooted or
    /// climbs above the pack root.
    /// </summary>
    public static string? Resolve(string loadPath, string? baseFilePath)
    {
        ArgumentNullException.ThrowIfNull(loadPath);
        var path = loadPath.Replace('\\', '/');
        if (path.Length == 0 || path[0] == '/' || path.Contains(':', StringComparison.Ordinal)) return null;

        var segments = new List<string>();
        var baseDirectory = baseFilePath is null ? "" : Directory(baseFilePath.Replace('\\', '/'));
        foreach (var segment in (baseDirectory + "/" + path).Split('/'))
        {
            if (segment.Length == 0 || segment == ".") continue;
            if (segment == "..")
            {
                if (segments.Count == 0) return null;
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return segments.Count == 0 ? null : string.Join('/', segments);
    }

    /// <summary>Whether a script path is pack-relative (the way the engine names every script it compiles).</summary>
    public static bool IsPackRelative(string? path) =>
        path is { Length: > 0 } && path[0] != '/' && path[0] != '\\' && !path.Contains(':', StringComparison.Ordinal);

    private static string Directory(string filePath)
    {
        var slash = filePath.LastIndexOf('/');
        return slash < 0 ? "" : filePath[..slash];
    }
}
