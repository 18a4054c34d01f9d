using Custojo.Compliance.Evidence;

namespace Custojo.Compliance.Engine.Workspace;

/// <summary>
/// A workspace: a folder holding custojo.json, its evidence store, reports and caches.
/// Paths in the config are relative to the folder; absolute paths are resolved here.
/// </summary>
public sealed class Workspace
{
    public const string ConfigFileName = "custojo.json";

    private Workspace(string root, WorkspaceConfig config, TimeZoneInfo zone, string storePath, string policiesPath, bool builtInPolicies)
    {
        Root = root;
        Config = config;
        Zone = zone;
        StorePath = storePath;
        PoliciesPath = policiesPath;
        UsesBuiltInPolicies = builtInPolicies;
    }

    public string Root { get; }
    public WorkspaceConfig Config { get; }
    public TimeZoneInfo Zone { get; }
    public string ConfigPath => Path.Combine(Root, ConfigFileName);
    public string StorePath { get; }
    public string PoliciesPath { get; }
    public bool UsesBuiltInPolicies { get; }
    public string ReportsPath => Resolve(Config.Paths.Reports);
    public string WaiversPath => Resolve(Config.Paths.Waivers);
    public string CachePath => Environment.GetEnvironmentVariable("CUSTOJO_CACHE") is { Length: > 0 } cache ? Path.GetFullPath(cache) : Resolve(Config.Paths.Cache);

    /// <summary>The pack shipped beside the custojo binary.</summary>
    public static string BuiltInPolicies => Path.Combine(AppContext.BaseDirectory, "policies");

    /// <summary>
    /// Finds the workspace folder: <paramref name="explicitDir"/> when given (it must hold custojo.json),
    /// else the nearest folder upward from <paramref name="startDir"/> holding custojo.json.
    /// </summary>
    public static string Locate(string? explicitDir, string startDir)
    {
        if (explicitDir is not null)
        {
            var dir = Path.GetFullPath(explicitDir);
            if (!File.Exists(Path.Combine(dir, ConfigFileName)))
                throw new InputException($"--workspace {explicitDir}: no {ConfigFileName} in {dir}. Create one with: custojo init {explicitDir}");
            return dir;
        }
        for (var dir = new DirectoryInfo(Path.GetFullPath(startDir)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, ConfigFileName))) return dir.FullName;
        }
        throw new InputException($"No workspace here: no {ConfigFileName} in {Path.GetFullPath(startDir)} or any folder above it. Create one with 'custojo init', try 'custojo demo', or pass --workspace DIR.");
    }

    /// <summary>Loads and validates the workspace at <paramref name="root"/>; options override the config's paths.</summary>
    public static Workspace Load(string root, string? storeOverride = null, string? policiesOverride = null)
    {
        var configPath = Path.Combine(root, ConfigFileName);
        var config = WorkspaceConfigReader.Parse(File.ReadAllText(configPath), configPath);
        var zone = WorkspaceConfigReader.ResolveTimeZone(config.TimeZone, configPath);
        var store = storeOverride is not null ? Path.GetFullPath(storeOverride) : Path.GetFullPath(Path.Combine(root, config.Paths.Store));
        var configuredPolicies = policiesOverride ?? (config.Paths.Policies is { } p ? Path.Combine(root, p) : null);
        var policies = configuredPolicies is not null ? Path.GetFullPath(configuredPolicies) : BuiltInPolicies;
        return new Workspace(root, config, zone, store, policies, configuredPolicies is null);
    }

    /// <summary>The pack folder, checked to exist.</summary>
    public string RequirePolicies() => Directory.Exists(PoliciesPath)
        ? PoliciesPath
        : throw new InputException($"Policy pack folder {PoliciesPath} does not exist. Fix paths.policies in {ConfigPath} or pass --policies DIR.");

    private string Resolve(string relative) => Path.GetFullPath(Path.Combine(Root, relative));
}
