using Custojo.Compliance.Engine.Packs;
using Custojo.Compliance.Engine.Workspace;
using Custojo.Compliance.Evidence;

namespace Custojo.Compliance.Cli.Infrastructure;

/// <summary>
/// The pack a policy command works on: --policies, else the workspace's pack, else (outside any
/// workspace) the built-in pack — so policy authors can lint and test without a workspace.
/// </summary>
internal static class PackOptions
{
    public static PolicyPack OpenPack(this GlobalSettings settings)
    {
        if (settings.Policies is not null) return PolicyPack.Load(settings.Policies);
        Workspace? workspace = null;
        try
        {
            workspace = settings.OpenWorkspace();
        }
        catch (InputException) when (settings.Workspace is null)
        {
            // No workspace here: fall back to the built-in pack.
        }
        return PolicyPack.Load(workspace?.RequirePolicies() ?? Workspace.BuiltInPolicies);
    }

    /// <summary>Where compiled policies are cached when no workspace is at hand.</summary>
    public static string CacheDirectory(this GlobalSettings settings)
    {
        if (Environment.GetEnvironmentVariable("CUSTOJO_CACHE") is { Length: > 0 } cache) return Path.GetFullPath(cache);
        try
        {
            return settings.OpenWorkspace().CachePath;
        }
        catch (InputException)
        {
            return Path.Combine(Path.GetTempPath(), "custojo-cache");
        }
    }
}
