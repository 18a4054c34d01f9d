using Snapshooter.Xunit;
using static Custojo.Compliance.Evidence.Tests.Importers.ImporterHarness;

namespace Custojo.Compliance.Evidence.Tests.Importers.Apt;

public sealed class AptHistoryImporterTests
{
    [Fact]
    public void Security_upgrade_becomes_two_patches_from_old_to_new_version_at_end_date()
    {
        var records = ImportSample("apt-history", "apt/security-patch-libexpat1.history.log", Context(zone: "Europe/Berlin", host: "vm"));

        Snapshot.Match(AsSnapshot(records));
    }

    [Fact]
    public void Every_installed_and_upgraded_package_of_every_run_is_a_patch()
    {
        var context = Context(host: "vm", environment: "staging");

        var records = ImportSample("apt-history", "apt/history.log.excerpt", context);

        Assert.Equal(96, records.Count);
        Assert.Equal(7, records.Count(r => r.Record["fromVersion"] is not null));
        Assert.All(records, r => Assert.Equal("staging", (string?)r.Record["environment"]));
        Assert.Contains(context.Assumptions, a => a.Contains("severity none and security false", StringComparison.Ordinal));
        Snapshot.Match(AsSnapshot(records));
    }

    [Fact]
    public void Run_with_an_error_line_is_failed_for_every_package_in_it()
    {
        const string log = """

            Start-Date: 2026-11-24  22:10:01
            Commandline: apt-get upgrade -y
            Upgrade: openssl:amd64 (3.0.17-1~deb12u2, 3.0.19-1~deb12u2), libssl3:amd64 (3.0.17-1~deb12u2, 3.0.19-1~deb12u2)
            Error: Sub-process /usr/bin/dpkg returned an error code (1)
            End-Date: 2026-11-24  22:10:09

            """;

        var records = ImportText("apt-history", log, Context(host: "vm"));

        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.Equal("failed", (string?)r.Record["outcome"]));
        Assert.Equal("lines 2-6", records[0].Location);
    }

    [Fact]
    public void Run_without_end_date_followed_by_another_run_was_interrupted_and_is_failed()
    {
        const string log = "Start-Date: 2026-11-24  22:10:01\nInstall: curl:amd64 (7.88.1-10+deb12u14)\n\nStart-Date: 2026-11-24  22:20:00\nInstall: curl:amd64 (7.88.1-10+deb12u14)\nEnd-Date: 2026-11-24  22:20:04\n";

        var records = ImportText("apt-history", log, Context(host: "vm"));

        Assert.Equal(["failed", "success"], records.Select(r => (string?)r.Record["outcome"]));
        Assert.Equal("2026-11-24T22:10:01+00:00", (string?)records[0].Record["appliedAt"]);
    }

    [Fact]
    public void Last_run_without_end_date_may_still_be_running_and_is_not_recorded()
    {
        var context = Context(host: "vm");

        var records = ImportText("apt-history", "Start-Date: 2026-11-24  22:10:01\nInstall: curl:amd64 (7.88.1-10+deb12u14)\n", context);

        Assert.Empty(records);
        Assert.Contains("apt-history: the apt run at lines 1-2 has no End-Date yet (still running, or interrupted at the end of this log): not recorded; import the log again later", context.Assumptions);
    }

    [Fact]
    public void Without_environment_option_production_is_assumed_and_said()
    {
        var context = Context(host: "vm");

        var records = ImportSample("apt-history", "apt/security-patch-libexpat1.history.log", context);

        Assert.All(records, r => Assert.Equal("production", (string?)r.Record["environment"]));
        Assert.Contains("apt-history: patches recorded as applied in production; pass --environment staging|test for other hosts", context.Assumptions);
    }

    [Fact]
    public void Malformed_upgrade_entry_is_refused_naming_the_line_and_the_entry_shape()
    {
        var error = ImportTextFails("apt-history", "Start-Date: 2026-11-24  22:10:01\nUpgrade: openssl:amd64 3.0.19\nEnd-Date: 2026-11-24  22:10:09\n", Context(host: "vm"));

        Assert.Equal("line 2", error.Location);
        Assert.Contains("(old-version, new-version)", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Date_in_another_shape_is_refused_naming_the_line()
    {
        var error = ImportTextFails("apt-history", "Start-Date: 24.11.2026 22:10\n", Context(host: "vm"));

        Assert.Equal("line 1", error.Location);
        Assert.Equal("24.11.2026 22:10", error.Found);
    }
}
