using System.IO.Enumeration;
using System.Security.Cryptography;
using System.Text;

namespace Custojo.Compliance.Engine.Packs;

/// <summary>SHA-256 over every source file of a pack (scripts, helpers, manifest, catalogue), by relative path and normalised text.</summary>
internal static class PackFingerprint
{
    public static string Of(PolicyPack pack)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = SourceFiles(pack.Root)
            .Select(p => (Full: p, Relative: Path.GetRelativePath(pack.Root, p).Replace('\\', '/')))
            .OrderBy(p => p.Relative, StringComparer.Ordinal);
        foreach (var (full, relative) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(relative + "\n"));
            hash.AppendData(Encoding.UTF8.GetBytes(File.ReadAllText(full).TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal)));
            hash.AppendData([0]);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The .csx and .json files under <paramref name="root"/>, without the fixtures: a section's tests folder is not
    /// entered (the pack's fixtures are most of its files; walking them cost a one-control check about 0.01 s).
    /// </summary>
    private static IEnumerable<string> SourceFiles(string root) =>
        new FileSystemEnumerable<string>(root, (ref entry) => entry.ToFullPath(), new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        {
            ShouldRecursePredicate = (ref entry) => !(entry.FileName is "tests" && !Path.TrimEndingDirectorySeparator(entry.Directory).SequenceEqual(Path.TrimEndingDirectorySeparator(root.AsSpan()))),
            ShouldIncludePredicate = (ref entry) => !entry.IsDirectory && (entry.FileName.EndsWith(".csx", StringComparison.Ordinal) || entry.FileName.EndsWith(".json", StringComparison.Ordinal)),
        };
}
