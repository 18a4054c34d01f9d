namespace Custojo.Compliance.Engine.Workspace;

public sealed record WorkspacePathsConfig
{
    public string Store { get; init; } = ".custojo/evidence.db";
    public string? Policies { get; init; }
    public string Reports { get; init; } = "reports";
    public string Waivers { get; init; } = "waivers.json";
    public string Cache { get; init; } = ".custojo/cache";
}
