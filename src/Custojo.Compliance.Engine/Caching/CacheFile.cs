using System.Text.Json;
using Custojo.Compliance.Engine.Serialization;

namespace Custojo.Compliance.Engine.Caching;

/// <summary>
/// The files of the engine's caches: written atomically (a reader never sees half a file), and best effort: a
/// missing, damaged or unreadable file is a miss, and one that cannot be written only costs the next run time.
/// </summary>
internal static class CacheFile
{
    /// <summary>The JSON value at <paramref name="path"/>, or null when it is missing, damaged or unreadable.</summary>
    public static T? Read<T>(string path) where T : class
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<T>(File.ReadAllBytes(path), EngineJson.Files) : null;
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Writes <paramref name="value"/> as JSON; a failure is ignored.</summary>
    public static void Write<T>(string path, T value)
    {
        try
        {
            WriteAtomically(path, JsonSerializer.SerializeToUtf8Bytes(value, EngineJson.Files));
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
