using Custojo.Compliance.Engine.Workspace;

namespace Custojo.Compliance.Cli.Infrastructure;

/// <summary>Creates the workspace's evidence store (schema migrations applied).</summary>
internal static class WorkspaceStore
{
    public static void Create(Workspace workspace)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(workspace.StorePath)!);
        // Replaced by the evidence store's own creation once it lands: it applies migrations and WAL.
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={workspace.StorePath}");
        connection.Open();
    }
}
