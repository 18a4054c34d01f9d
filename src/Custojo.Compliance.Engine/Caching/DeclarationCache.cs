using System.Security.Cryptography;
using System.Text;
using Custojo.Compliance.Engine.Packs;

namespace Custojo.Compliance.Engine.Caching;

/// <summary>
/// The controls each policy file declares (see <see cref="DeclaredControlIds"/>), kept beside the compiled
/// policies and keyed by a SHA-256 over the file's text and this engine build. Parsing every file of the pack
/// is most of what a one-control check costs besides the control itself; an unchanged file is not parsed again.
/// A damaged or unreadable entry is a miss; an entry that cannot be written only costs time. An entry holds a line
/// per control: its id, then its tags, tab-separated (see <see cref="CacheFile"/>).
/// </summary>
internal sealed class DeclarationCache(string directory)
{
    private const string Format = "custojo declared controls 1";
    private static readonly string EngineBuild = typeof(DeclarationCache).Assembly.ManifestModule.ModuleVersionId.ToString();

    /// <summary>The controls <paramref name="source"/> declares when they are cached, else null.</summary>
    public IReadOnlyList<(string Id, IReadOnlyList<string> Tags)>? TryRead(string source) =>
        CacheFile.Read(PathOf(source), Format) is { } rows ? [.. rows.Select(row => (row[0], (IReadOnlyList<string>)row[1..]))] : null;

    /// <summary>Parses <paramref name="source"/> for the controls it declares and caches them.</summary>
    public IReadOnlyList<(string Id, IReadOnlyList<string> Tags)> Parse(string source)
    {
        var declared = DeclaredControlIds.Read(source);
        CacheFile.Write(PathOf(source), Format, declared.Select(d => (IReadOnlyList<string>)[d.Id, .. d.Tags]));
        return declared;
    }

    private string PathOf(string source) => Path.Combine(directory, "declared", Key(source) + ".tsv");

    private static string Key(string source) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(EngineBuild + "\n" + source)));
}
