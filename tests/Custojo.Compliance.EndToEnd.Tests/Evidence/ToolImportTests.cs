using Custojo.Compliance.EndToEnd.Tests.Support;

namespace Custojo.Compliance.EndToEnd.Tests.Evidence;

/// <summary>Real tool outputs imported through the CLI, recognised by content, all or nothing.</summary>
public sealed class ToolImportTests
{
    private static string Sample(string path) => Path.Combine(RepositoryRoot.Path, "tests", "Custojo.Compliance.Evidence.Tests", "Importers", "Samples", path);

    [Fact]
    public void Tool_outputs_are_recognised_by_content_and_imported_once()
    {
        using var temp = new TempDirectory();
        CustojoCli.Run(temp.Path, "init", ".");
        string[] files = [Sample("restic/05-snapshots.json"), Sample("ssh/auth.log"), Sample("lynis/lynis-report.dat")];

        var first = CustojoCli.Run(temp.Path, ["evidence", "import", .. files, "--host", "vm"]);
        var second = CustojoCli.Run(temp.Path, ["evidence", "import", .. files, "--host", "vm"]);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("backup-run", first.Stderr, StringComparison.Ordinal);
        Assert.Contains("login-attempt", first.Stderr, StringComparison.Ordinal);
        Assert.Contains("security-audit", first.Stderr, StringComparison.Ordinal);
        Assert.Contains("zone UTC", first.Stderr, StringComparison.Ordinal);
        Assert.Contains(" 0 new, ", second.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dry_run_shows_counts_by_kind_time_range_and_assumed_zone_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        CustojoCli.Run(temp.Path, "init", ".", "--time-zone", "Europe/Berlin");

        var dry = CustojoCli.Run(temp.Path, "evidence", "import", Sample("ssh/auth-traditional-format.log"), "--year", "2026", "--dry-run");
        var stats = CustojoCli.Run(temp.Path, "evidence", "stats", "--format", "json");

        Assert.True(dry.ExitCode == 0, dry.ToString());
        Assert.Contains("Dry run:", dry.Stderr, StringComparison.Ordinal);
        Assert.Contains("login-attempt", dry.Stderr, StringComparison.Ordinal);
        Assert.Contains("New records observed from 2026-11-24", dry.Stderr, StringComparison.Ordinal);
        Assert.Contains("Europe/Berlin", dry.Stderr, StringComparison.Ordinal);
        Assert.Contains("\"records\": 0", stats.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_file_among_good_ones_writes_nothing()
    {
        using var temp = new TempDirectory();
        CustojoCli.Run(temp.Path, "init", ".");
        var bad = Path.Combine(temp.Path, "bad.ndjson");
        File.WriteAllText(bad, "{\"kind\":\"login-attempt\",\"at\":\"2026-10-01T10:00:00\",\"user\":\"a\",\"sourceIp\":\"10.0.0.1\",\"outcome\":\"success\",\"mfaUsed\":true,\"method\":\"password\",\"validUser\":true}\n");

        var result = CustojoCli.Run(temp.Path, "evidence", "import", Sample("restic/05-snapshots.json"), bad);
        var stats = CustojoCli.Run(temp.Path, "evidence", "stats", "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad.ndjson", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("offset", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("backup-run", stats.Stdout, StringComparison.Ordinal);
    }
}
