using Snapshooter.Xunit;
using static Custojo.Compliance.Evidence.Tests.Importers.ImporterHarness;

namespace Custojo.Compliance.Evidence.Tests.Importers.Apt;

public sealed class DpkgLogImporterTests
{
    [Fact]
    public void Upgrades_that_reach_status_installed_are_successful_patches_at_that_time()
    {
        var records = ImportSample("dpkg-log", "apt/security-patch-libexpat1.dpkg.log", Context(host: "vm"));

        Snapshot.Match(AsSnapshot(records));
    }

    [Fact]
    public void The_full_excerpt_gives_one_successful_patch_per_install_or_upgrade()
    {
        if (SampleFiles.SharedFolder is not { } shared) return;

        var records = ImportFile("dpkg-log", Path.Combine(shared, "apt", "dpkg.log.excerpt"), Context(host: "vm"));

        Assert.Equal(96, records.Count);
        Assert.All(records, r => Assert.Equal("success", (string?)r.Record["outcome"]));
    }

    [Fact]
    public void Package_left_half_configured_when_a_later_dpkg_run_starts_failed_and_is_said()
    {
        const string log = """
            2026-11-24 22:10:01 startup archives unpack
            2026-11-24 22:10:01 upgrade openssl:amd64 3.0.17-1~deb12u2 3.0.19-1~deb12u2
            2026-11-24 22:10:01 status unpacked openssl:amd64 3.0.19-1~deb12u2
            2026-11-24 22:10:02 startup packages configure
            2026-11-24 22:10:02 configure openssl:amd64 3.0.19-1~deb12u2 <none>
            2026-11-24 22:10:03 status half-configured openssl:amd64 3.0.19-1~deb12u2
            2026-11-24 22:15:00 startup archives unpack
            """;
        var context = Context(host: "vm");

        var record = Assert.Single(ImportText("dpkg-log", log, context));

        Assert.Equal("failed", (string?)record.Record["outcome"]);
        Assert.Equal("2026-11-24T22:10:03+00:00", (string?)record.Record["appliedAt"]);
        Assert.Equal("line 2", record.Location);
        Assert.Contains("dpkg-log: openssl 3.0.19-1~deb12u2 (line 2) was left half-configured when a later dpkg run started; recorded as failed", context.Assumptions);
    }

    [Fact]
    public void Package_unfinished_in_the_last_run_of_the_log_may_still_be_installing_and_is_not_recorded()
    {
        const string log = """
            2026-11-24 22:10:01 startup archives unpack
            2026-11-24 22:10:01 upgrade openssl:amd64 3.0.17-1~deb12u2 3.0.19-1~deb12u2
            2026-11-24 22:10:01 status unpacked openssl:amd64 3.0.19-1~deb12u2
            """;
        var context = Context(host: "vm");

        var records = ImportText("dpkg-log", log, context);

        Assert.Empty(records);
        Assert.Contains("dpkg-log: openssl 3.0.19-1~deb12u2 (line 2) is unpacked at the end of the log (dpkg may still be running): not recorded; import the log again later", context.Assumptions);
    }

    [Fact]
    public void Line_that_is_not_dpkg_log_is_refused_naming_it()
    {
        var error = ImportTextFails("dpkg-log", "2026-11-24 22:10:01 startup archives unpack\nunpacking openssl\n", Context(host: "vm"));

        Assert.Equal("line 2", error.Location);
        Assert.Contains("yyyy-MM-dd HH:mm:ss ACTION", error.Expected, StringComparison.Ordinal);
    }
}
