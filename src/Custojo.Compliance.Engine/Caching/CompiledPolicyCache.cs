namespace Custojo.Compliance.Engine.Caching;

/// <summary>
/// Emitted policy assemblies on disk, keyed by a SHA-256 over everything that determines them
/// (see <see cref="Loading.PolicyCompiler"/>). Entries are written atomically; a damaged entry is a miss.
/// </summary>
internal sealed class CompiledPolicyCache(string directory)
{
    private const string Format = "custojo compiled policy 1";

    public string Directory { get; } = directory;

    public bool TryGet(string key, out byte[] image, out CacheEntryInfo info)
    {
        image = [];
        info = default!;
        var dll = DllPath(key);
        var meta = MetaPath(key);
        if (!File.Exists(dll) || CacheFile.Read(meta, Format) is not [[var entryType, var entryMethod]]) return false;
        try
        {
            info = new CacheEntryInfo(entryType, entryMethod);
            image = File.ReadAllBytes(dll);
            return image.Length > 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public void Put(string key, byte[] image, CacheEntryInfo info)
    {
        try
        {
            CacheFile.WriteAtomically(DllPath(key), image);
            CacheFile.Write(MetaPath(key), Format, [[info.EntryType, info.EntryMethod]]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs time: the next run compiles again.
        }
    }

    /// <summary>Deletes every entry; returns how many assemblies were removed.</summary>
    public int Clear()
    {
        if (!System.IO.Directory.Exists(Directory)) return 0;
        var count = System.IO.Directory.EnumerateFiles(Directory, "*.dll").Count();
        System.IO.Directory.Delete(Directory, recursive: true);
        return count;
    }

    private string DllPath(string key) => Path.Combine(Directory, key + ".dll");

    private string MetaPath(string key) => Path.Combine(Directory, key + ".entry");
}
