using System.Text.Json;
using Custojo.Compliance.EndToEnd.Tests.Support;

namespace Custojo.Compliance.EndToEnd.Tests.Commands;

/// <summary><c>custojo runs replay RUN</c>: the same evidence, pack, parameters and controls give byte-identical results.</summary>
public sealed class ReplayTests
{
    [Fact]
    public void A_replay_uses_the_stored_parameters_and_evidence_and_is_identical()
    {
        using var workspace = new DriftWorkspace();
        workspace.SetParameter("BKP-DB-03", "maxInterval", "20m");
        Assert.Equal(1, workspace.Run("check", "--period", "2026-10-05", "--controls", "BKP-DB-03,BKP-DB-01").ExitCode);
        // Neither a changed configuration nor later evidence changes what the stored run was computed from.
        workspace.SetParameter("BKP-DB-03", "maxInterval", null);
        File.WriteAllText(Path.Combine(workspace.Root, "late.ndjson"),
            """{"kind":"backup-run","category":"database","type":"transaction-log","startedAt":"2026-10-05T12:05:00Z","outcome":"success","target":"custojo","host":"db-01"}""" + "\n");
        Assert.Equal(0, workspace.Run("evidence", "import", "late.ndjson").ExitCode);

        var replay = workspace.Run("runs", "replay", "latest", "--format", "json");

        Assert.True(replay.ExitCode == 0, replay.ToString());
        using var document = JsonDocument.Parse(replay.Stdout);
        Assert.True(document.RootElement.GetProperty("identical").GetBoolean());
        Assert.Equal(2, document.RootElement.GetProperty("controls").GetInt32());
        Assert.Contains("identical", replay.Stderr, StringComparison.Ordinal);
        Assert.Contains("1 run(s)", workspace.Run("runs", "list").Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_replay_with_a_changed_policy_file_is_refused_naming_the_file()
    {
        using var workspace = new DriftWorkspace();
        var pack = Path.Combine(workspace.Root, "pack");
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "policies"), pack);
        Assert.Equal(0, workspace.Run("check", "--period", "2026-10-05", "--controls", "BKP-DB-03", "--policies", pack).ExitCode);
        File.AppendAllText(Path.Combine(pack, "backup", "database-transaction-log.csx"), "\n// edited after the run\n");

        var replay = workspace.Run("runs", "replay", "latest", "--policies", pack);

        Assert.Equal(2, replay.ExitCode);
        Assert.Contains("changed policy files: backup/database-transaction-log.csx", replay.Stderr, StringComparison.Ordinal);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
