using System.Text.Json;
using System.Text.Json.Nodes;
using Custojo.Compliance.Evidence;

namespace Custojo.Compliance.Engine.Workspace;

/// <summary>Writes a new workspace: custojo.json and its schema, and the schema of waivers.json, beside it for editors.</summary>
public static class WorkspaceInitializer
{
    public const string SchemaRelativePath = ".custojo/custojo.schema.json";
    public const string WaiverSchemaRelativePath = ".custojo/" + Waivers.WaiverFile.SchemaFileName;

    /// <summary>Creates the workspace files in <paramref name="dir"/>; refuses to overwrite one unless <paramref name="force"/>.</summary>
    public static string Initialize(string dir, string organisation, string installation, string timeZone, bool force)
    {
        var root = Path.GetFullPath(dir);
        var configPath = Path.Combine(root, Workspace.ConfigFileName);
        if (File.Exists(configPath) && !force)
            throw new InputException($"{configPath} already exists: this folder is a workspace. Use --force to overwrite its configuration (the evidence store is kept).");
        WorkspaceConfigReader.ResolveTimeZone(timeZone, "--time-zone");

        var config = new JsonObject
        {
            ["$schema"] = "./" + SchemaRelativePath,
            ["organisation"] = organisation,
            ["installation"] = installation,
            ["timeZone"] = timeZone,
            ["paths"] = new JsonObject
            {
                ["store"] = ".custojo/evidence.db",
                ["policies"] = null,
                ["reports"] = "reports",
                ["waivers"] = "waivers.json",
                ["cache"] = ".custojo/cache",
            },
            ["parameters"] = new JsonObject(),
            ["check"] = new JsonObject { ["controlTimeoutSeconds"] = 10, ["failOn"] = "low" },
            ["waivers"] = new JsonObject { ["maxDurationDays"] = 365, ["warnWithinDays"] = 14 },
        };
        var json = config.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        WorkspaceConfigReader.Parse(json, configPath);

        Directory.CreateDirectory(Path.Combine(root, ".custojo"));
        File.WriteAllText(Path.Combine(root, SchemaRelativePath), WorkspaceConfigReader.SchemaText);
        WriteWaiverSchema(root);
        File.WriteAllText(configPath, json);
        return configPath;
    }

    /// <summary>Writes (or refreshes) the schema of waivers.json in the workspace's .custojo folder.</summary>
    public static void WriteWaiverSchema(string root)
    {
        Directory.CreateDirectory(Path.Combine(root, ".custojo"));
        File.WriteAllText(Path.Combine(root, WaiverSchemaRelativePath), Waivers.WaiverFile.SchemaText);
    }
}
