using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Custojo.Compliance.EndToEnd.Tests.Support;

namespace Custojo.Compliance.EndToEnd.Tests.Commands;

/// <summary>
/// A small workspace (UTC) whose store holds transaction-log backups every 30 minutes on 2026-10-05 only:
/// BKP-DB-03 passes that day, lacks evidence on any other, and fails when its maxInterval is set below 30m.
/// </summary>
internal sealed class DriftWorkspace : IDisposable
{
    private readonly TempDirectory _temp = new();

    public DriftWorkspace()
    {
        CustojoCli.Run(Root, "init", ".", "--time-zone", "UTC");
        var backups = new StringBuilder();
        for (var at = new DateTimeOffset(2026, 10, 4, 23, 50, 0, TimeSpan.Zero); at < new DateTimeOffset(2026, 10, 6, 0, 10, 0, TimeSpan.Zero); at = at.AddMinutes(30))
            backups.Append(CultureInfo.InvariantCulture, $$"""{"kind":"backup-run","category":"database","type":"transaction-log","startedAt":"{{at:yyyy-MM-ddTHH:mm:ssZ}}","outcome":"success","target":"custojo","host":"db-01"}""").Append('\n');
        File.WriteAllText(Path.Combine(Root, "wal.ndjson"), backups.ToString());
        var imported = CustojoCli.Run(Root, "evidence", "import", "wal.ndjson");
        if (imported.ExitCode != 0) throw new InvalidOperationException(imported.ToString());
    }

    public string Root => _temp.Path;

    public CliResult Run(params string[] args) => CustojoCli.Run(Root, args);

    /// <summary>Sets (or with null removes) the parameter overrides of one control in custojo.json.</summary>
    public void SetParameter(string controlId, string name, string? value)
    {
        var path = Path.Combine(Root, "custojo.json");
        var config = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var parameters = config["parameters"] as JsonObject ?? [];
        config["parameters"] = parameters;
        if (value is null) parameters.Remove(controlId);
        else parameters[controlId] = new JsonObject { [name] = value };
        File.WriteAllText(path, config.ToJsonString());
    }

    public void Dispose() => _temp.Dispose();
}
