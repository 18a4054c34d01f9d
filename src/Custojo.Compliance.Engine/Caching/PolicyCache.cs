namespace Custojo.Compliance.Engine.Caching;

/// <summary>Operations on a compiled-policy cache folder for the CLI.</summary>
public static class PolicyCache
{
    /// <summary>Deletes every cached assembly; returns how many were removed.</summary>
    public static int Clear(string directory) => new CompiledPolicyCache(directory).Clear();
}
