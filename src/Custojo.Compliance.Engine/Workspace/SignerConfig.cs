namespace Custojo.Compliance.Engine.Workspace;

public sealed record SignerConfig
{
    public string? Pfx { get; init; }
    public string? PasswordEnv { get; init; }
    public string? Cert { get; init; }
    public string? Key { get; init; }
}
