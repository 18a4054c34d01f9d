using Custojo.Compliance.Engine.Workspace;

namespace Custojo.Compliance.Cli.Infrastructure;

/// <summary>Opens the workspace the global options point at.</summary>
internal static class WorkspaceOptions
{
    public static Workspace OpenWorkspace(this GlobalSettings settings) =>
        Workspace.Load(Workspace.Locate(settings.Workspace, Directory.GetCurrentDirectory()), settings.Db, settings.Policies);
}
