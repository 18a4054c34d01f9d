using System.Security.Cryptography;
using System.Text;

namespace Custojo.Compliance.Engine.Packs;

/// <summary>SHA-256 over every source file of a pack (scripts, helpers, manifest, catalogue), by relative path and normalised text.</summary>
internal static class PackFingerprint
{
    public static string Of(PolicyPack pack)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.EnumerateFiles(pack.Root, "*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".csx", StringComparison.Ordinal) || p.EndsWith(".json", StringComparison.Ordinal))
            .Select(p => (Full: p, Relative: Path.GetRelativePath(pack.Root, p).Replace('\\', '/')))
            .Where(p => !p.Relative.Contains("/tests/", StringComparison.Ordinal))
            .OrderBy(p => p.Relative, StringComparer.Ordinal);
        foreach (var (full, relative) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(relative + "\n"));
            hash.AppendData(Encoding.UTF8.GetBytes(File.ReadAllText(full).TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal)));
            hash.AppendData([0]);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
