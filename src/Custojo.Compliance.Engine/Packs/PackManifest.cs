namespace Custojo.Compliance.Engine.Packs;

/// <summary>The content of a pack's pack.json.</summary>
public sealed record PackManifest
{
    public required string Name { get; init; }
    public required string Version { get; init; }
    public required string SdkVersion { get; init; }
    public string Description { get; init; } = "";
    /// <summary>Folder name -> guide section path shown in reports.</summary>
    public Dictionary<string, string> Sections { get; init; } = [];
}
