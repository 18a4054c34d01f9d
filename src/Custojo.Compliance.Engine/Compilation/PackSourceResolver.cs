using Custojo.Compliance.Analyzers.Directives;
using Microsoft.CodeAnalysis;

namespace Custojo.Compliance.Engine.Compilation;

/// <summary>
/// Resolves <c>#load</c> for policy scripts, only to files inside the pack: paths are pack-relative with '/'
/// (so nothing absolute reaches diagnostics, PDBs or cache keys); a rooted path, one that climbs above the
/// pack root, a missing file, or a path through a symbolic link that leads out of the pack resolves to
/// nothing (the compiler then reports the directive, and the analysis reports CJ0021 when it leaves the pack).
/// </summary>
internal sealed class PackSourceResolver : SourceReferenceResolver
{
    public PackSourceResolver(string packRoot)
    {
        var full = Path.GetFullPath(packRoot);
        Root = Directory.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
    }

    /// <summary>The pack folder, absolute, links resolved.</summary>
    public string Root { get; }

    public override string? NormalizePath(string path, string? baseFilePath) => PackPath.Resolve(path, baseFilePath);

    public override string? ResolveReference(string path, string? baseFilePath)
    {
        var relative = PackPath.Resolve(path, baseFilePath);
        return relative is not null && IsInsidePack(relative) ? relative : null;
    }

    public override Stream OpenRead(string resolvedPath) => File.OpenRead(FullPath(resolvedPath));

    /// <summary>The absolute path of a pack-relative path.</summary>
    public string FullPath(string packRelativePath) => Path.Combine(Root, packRelativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The pack-relative path of <paramref name="path"/> (absolute or relative to the pack), or null when it is outside.</summary>
    public string? ToPackRelative(string path)
    {
        var full = Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(Root, path));
        var relative = Path.GetRelativePath(Root, full).Replace(Path.DirectorySeparatorChar, '/');
        return relative == "." || relative.StartsWith("../", StringComparison.Ordinal) || relative == ".." || Path.IsPathRooted(relative)
            ? null
            : relative;
    }

    /// <summary>Whether the file exists and every link on the way to it stays inside the pack.</summary>
    public bool IsInsidePack(string packRelativePath)
    {
        var current = Root;
        foreach (var segment in packRelativePath.Split('/'))
        {
            current = Path.Combine(current, segment);
            var info = new FileInfo(current);
            if (info.LinkTarget is null) continue;
            var target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            if (target is null || ToPackRelative(target) is null) return false;
        }

        return File.Exists(current);
    }

    public override bool Equals(object? other) => other is PackSourceResolver resolver && resolver.Root == Root;

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Root);
}
