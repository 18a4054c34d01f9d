using Custojo.Compliance.EndToEnd.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Custojo.Compliance.EndToEnd.Tests.Evidence;

/// <summary>A workspace made with <c>custojo init</c> in a temporary folder.</summary>
internal sealed class EvidenceWorkspace : IDisposable
{
    public static readonly IReadOnlyDictionary<string, string> Now = new Dictionary<string, string> { ["CUSTOJO_NOW"] = "2026-11-24T12:00:00Z" };

    public EvidenceWorkspace()
    {
        Folder = Path.Combine(Path.GetTempPath(), "custojo-e2e-evidence", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        var init = Run("init", ".", "--time-zone", "Europe/Berlin");
        if (init.ExitCode != 0) throw new InvalidOperationException($"custojo init failed: {init}");
    }

    public string Folder { get; }

    public string Store => Path.Combine(Folder, ".custojo", "evidence.db");

    public CliResult Run(params string[] args) => CustojoCli.Run(Folder, EvidenceWorkspace.Now, args);

    public string File(string name, string content)
    {
        System.IO.File.WriteAllText(Path.Combine(Folder, name), content);
        return name;
    }

    /// <summary>Changes the store the way someone with the sqlite3 shell would, triggers dropped first.</summary>
    public void Tamper(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Store};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DROP TRIGGER evidence_no_update; DROP TRIGGER evidence_no_delete; " + sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { }
    }
}
