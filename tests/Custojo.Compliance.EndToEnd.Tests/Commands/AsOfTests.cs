using System.Globalization;
using System.Text;
using Custojo.Compliance.EndToEnd.Tests.Support;

namespace Custojo.Compliance.EndToEnd.Tests.Commands;

/// <summary><c>check --as-of</c>: "were we compliant then?" uses only the evidence imported by then.</summary>
public sealed class AsOfTests
{
    [Fact]
    public void A_check_as_of_before_an_import_does_not_see_its_evidence()
    {
        using var temp = new TempDirectory();
        CustojoCli.Run(temp.Path, "init", ".", "--time-zone", "UTC");
        var backups = new StringBuilder();
        for (var at = new DateTimeOffset(2026, 10, 4, 23, 50, 0, TimeSpan.Zero); at < new DateTimeOffset(2026, 10, 6, 0, 10, 0, TimeSpan.Zero); at = at.AddMinutes(30))
            backups.Append(CultureInfo.InvariantCulture, $$"""{"kind":"backup-run","category":"database","type":"transaction-log","startedAt":"{{at:yyyy-MM-ddTHH:mm:ssZ}}","outcome":"success","target":"custojo","host":"db-01"}""").Append('\n');
        File.WriteAllText(Path.Combine(temp.Path, "wal.ndjson"), backups.ToString());
        var importedAt = new Dictionary<string, string> { ["CUSTOJO_NOW"] = "2026-10-06T02:00:00Z" };
        Assert.Equal(0, CustojoCli.Run(temp.Path, importedAt, "evidence", "import", "wal.ndjson").ExitCode);

        var now = CustojoCli.Run(temp.Path, "check", "--period", "2026-10-05", "--controls", "BKP-DB-03", "--format", "csv");
        var before = CustojoCli.Run(temp.Path, "check", "--period", "2026-10-05", "--controls", "BKP-DB-03", "--format", "csv", "--as-of", "2026-10-06T01:00:00Z");

        Assert.True(now.ExitCode == 0, now.ToString());
        Assert.Contains(",pass,", now.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, before.ExitCode);
        Assert.Contains(",no-evidence,", before.Stdout, StringComparison.Ordinal);
    }
}
