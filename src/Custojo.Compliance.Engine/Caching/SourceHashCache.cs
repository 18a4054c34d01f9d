using System.Security.Cryptography;
using System.Text;
using Custojo.Compliance.Engine.Compilation;
using Custojo.Compliance.Engine.Loading;

namespace Custojo.Compliance.Engine.Caching;

/// <summary>
/// The files each policy compiles from (itself and every file it <c>#load</c>s, as Roslyn resolved them) and the
/// source hash over them, kept in the cache folder per pack and policy path. With it a check finds an unchanged
/// policy's compiled assembly by reading and hashing the same files again, without parsing them with Roslyn, most
/// of what finding a cached policy cost. An entry counts only when every file is still inside the pack and the
/// hash over their current text is the stored one: then every text is unchanged, so their <c>#load</c> directives
/// and the files they resolve to are too. Anything else (a changed or missing file, a damaged entry) is a miss.
/// </summary>
internal sealed class SourceHashCache(string directory, PackSourceResolver resolver)
{
    private const string Format = "custojo policy sources 1";
    private static readonly string EngineBuild = typeof(SourceHashCache).Assembly.ManifestModule.ModuleVersionId.ToString();

    /// <summary>The source hash of <paramref name="relativePath"/> when its files are unchanged since <see cref="Remember"/>.</summary>
    public string? TryHash(string relativePath)
    {
        if (CacheFile.Read(EntryPath(relativePath), Format) is not [[var sourceHash, .. var files]] || !files.Contains(relativePath) || !files.All(resolver.IsInsidePack))
            return null;
        try
        {
            var current = PolicySourceHash.Of(files.Select(f => (f, File.ReadAllText(resolver.FullPath(f), Encoding.UTF8))));
            return current == sourceHash ? current : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Remember(string relativePath, IReadOnlyList<string> files, string sourceHash) =>
        CacheFile.Write(EntryPath(relativePath), Format, [[sourceHash, .. files]]);

    private string EntryPath(string relativePath) => Path.Combine(directory,
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(EngineBuild + "\n" + resolver.Root + "\n" + relativePath))) + ".tsv");
}
