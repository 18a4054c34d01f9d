using System.Globalization;
using System.Text.Json;
using Custojo.Compliance.EndToEnd.Tests.Support;

namespace Custojo.Compliance.EndToEnd.Tests.Evidence;

/// <summary>
/// A first import runs with a rollback journal (see BulkLoadJournal). Killed in the middle of its transaction, it
/// leaves a hot journal; the store must read as it was before (empty and intact) and take the next import.
/// </summary>
public sealed class CrashedImportTests : IDisposable
{
    private readonly EvidenceWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void A_first_import_killed_mid_transaction_leaves_an_empty_intact_store_that_takes_the_next_import()
    {
        _workspace.File("logins.ndjson", Logins(200_000));
        _workspace.File("few.ndjson", Logins(25));
        var journal = _workspace.Store + "-journal";

        using (var import = CustojoCli.Start(_workspace.Folder, EvidenceWorkspace.Now, "evidence", "import", "logins.ndjson"))
        {
            _ = import.StandardOutput.ReadToEndAsync();
            _ = import.StandardError.ReadToEndAsync();
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (!File.Exists(journal) && !import.HasExited && DateTime.UtcNow < deadline) Thread.Sleep(5);
            Thread.Sleep(200); // well inside the transaction: records inserted, nothing committed
            Assert.False(import.HasExited, "The import ended before it could be killed: give it more records.");
            import.Kill(entireProcessTree: true);
            import.WaitForExit();
        }
        Assert.True(File.Exists(journal), "A killed first import leaves its rollback journal behind.");

        var stats = _workspace.Run("evidence", "stats", "--format", "json");
        var verify = _workspace.Run("evidence", "verify", "--format", "json");
        var again = _workspace.Run("evidence", "import", "few.ndjson");
        var after = _workspace.Run("evidence", "verify", "--format", "json");

        Assert.True(stats.ExitCode == 0, stats.ToString());
        using (var counted = JsonDocument.Parse(stats.Stdout))
            Assert.Equal((0, 0), (counted.RootElement.GetProperty("records").GetInt32(), counted.RootElement.GetProperty("batches").GetInt32()));
        Assert.True(verify.ExitCode == 0, verify.ToString());
        Assert.True(again.ExitCode == 0, again.ToString());
        using var verified = JsonDocument.Parse(after.Stdout);
        Assert.Equal((0, true, 25), (after.ExitCode, verified.RootElement.GetProperty("intact").GetBoolean(), verified.RootElement.GetProperty("records").GetInt32()));
    }

    private static string Logins(int count)
    {
        var start = new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);
        return string.Concat(Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture,
            $$"""{"kind":"login-attempt","at":"{{start.AddSeconds(i):yyyy-MM-ddTHH:mm:ssZ}}","user":"user{{i % 50}}","sourceIp":"192.0.2.{{i % 250}}","outcome":"{{(i % 9 == 0 ? "failure" : "success")}}","mfaUsed":true,"method":"password","validUser":true}""") + "\n"));
    }
}
