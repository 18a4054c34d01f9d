using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Custojo.Compliance.Engine.Packs;
using Custojo.Compliance.Engine.Serialization;

namespace Custojo.Compliance.Engine.Caching;

/// <summary>
/// The controls each policy file declares (see <see cref="DeclaredControlIds"/>), kept beside the compiled
/// policies and keyed by a SHA-256 over the file's text and this engine build. Parsing every file of the pack
/// is most of what a one-control check costs besides the control itself; an unchanged file is not parsed again.
/// A damaged or unreadable entry is a miss; an entry that cannot be written only costs time.
/// </summary>
internal sealed class DeclarationCache(string directory)
{
    private static readonly string EngineBuild = typeof(DeclarationCache).Assembly.ManifestModule.ModuleVersionId.ToString();

    public IReadOnlyList<(string Id, IReadOnlyList<string> Tags)> Read(string source)
    {
        var path = Path.Combine(directory, "declared", Key(source) + ".json");
        if (TryLoad(path) is { } cached) return cached;
        var declared = DeclaredControlIds.Read(source);
        Save(path, declared);
        return declared;
    }

    private static string Key(string source) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(EngineBuild + "\n" + source)));

    private static IReadOnlyList<(string Id, IReadOnlyList<string> Tags)>? TryLoad(string path)
    {
        try
        {
            if (!File.Exists(path)) return null;
            var entries = JsonSerializer.Deserialize<List<DeclaredControl>>(File.ReadAllBytes(path), EngineJson.Files);
            return entries?.Select(e => (e.Id, (IReadOnlyList<string>)e.Tags)).ToList();
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void Save(string path, IReadOnlyList<(string Id, IReadOnlyList<string> Tags)> declared)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = $"{path}.{Environment.ProcessId}.tmp";
            File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(declared.Select(d => new DeclaredControl(d.Id, [.. d.Tags])).ToList(), EngineJson.Files));
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The next run parses the file again.
        }
    }

    internal sealed record DeclaredControl(string Id, List<string> Tags);
}
