using System.Text.Json.Serialization;

namespace Custojo.Compliance.Engine.Workspace;

public sealed record WorkspaceConfig
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }
    public required string Organisation { get; init; }
    public required string Installation { get; init; }
    public required string TimeZone { get; init; }
    public WorkspacePathsConfig Paths { get; init; } = new();
    public Dictionary<string, Dictionary<string, System.Text.Json.JsonElement>> Parameters { get; init; } = [];
    public CheckConfig Check { get; init; } = new();
    public WaiverConfig Waivers { get; init; } = new();
    public SignerConfig? Signer { get; init; }
}
