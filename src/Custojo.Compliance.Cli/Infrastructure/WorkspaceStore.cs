using Custojo.Compliance.Engine.Workspace;
using Custojo.Compliance.Evidence;

namespace Custojo.Compliance.Cli.Infrastructure;

/// <summary>The evidence store of a workspace, created with its schema when missing.</summary>
internal static class WorkspaceStore
{
    public static EvidenceStore Open(Workspace workspace)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(workspace.StorePath)!);
        var store = new EvidenceStore(workspace.StorePath, Clock.Provider);
        store.EnsureCreated();
        return store;
    }
}
