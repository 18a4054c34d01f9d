using System.IO.Compression;
using Snapshooter.Xunit;
using static Custojo.Compliance.Evidence.Tests.Importers.ImporterHarness;

namespace Custojo.Compliance.Evidence.Tests.Importers.AuthLog;

public sealed class AuthLogImporterTests
{
    [Fact]
    public void Rfc3339_auth_log_gives_one_login_attempt_per_accepted_or_failed_sshd_line()
    {
        var records = ImportSample("auth-log", "ssh/auth.log");

        Assert.Equal(9, records.Count);
        Snapshot.Match(AsSnapshot(records));
    }

    [Fact]
    public void Traditional_format_takes_year_and_zone_from_the_context_and_says_so()
    {
        var context = Context(zone: "Europe/Berlin", year: 2026);

        var records = ImportSample("auth-log", "ssh/auth-traditional-format.log", context);

        Assert.Equal("2026-11-24T21:00:59+01:00", (string?)records[0].Record["at"]);
        Assert.Contains("auth-log: year-less syslog times read in 2026 (--year)", context.Assumptions);
        Assert.Contains("auth-log: local times without an offset read in zone Europe/Berlin (--timezone)", context.Assumptions);
        Snapshot.Match(AsSnapshot(records));
    }

    [Fact]
    public void Traditional_format_gives_the_same_attempts_as_rfc3339_when_read_in_the_same_zone()
    {
        var rfc = ImportSample("auth-log", "ssh/auth.log");
        var traditional = ImportSample("auth-log", "ssh/auth-traditional-format.log", Context(zone: "UTC", year: 2026));

        static string WithoutFraction(ImportedRecordView r) => $"{r.At[..19]} {r.User} {r.Outcome} {r.Method} {r.ValidUser}";
        Assert.Equal(rfc.Select(r => WithoutFraction(new(r))), traditional.Select(r => WithoutFraction(new(r))));
    }

    [Fact]
    public void Without_year_option_the_year_of_the_import_clock_is_used_and_said()
    {
        var context = Context();

        var records = ImportSample("auth-log", "ssh/auth-traditional-format.log", context);

        Assert.StartsWith("2026-11-24T21:00:59", (string?)records[0].Record["at"], StringComparison.Ordinal);
        Assert.Contains("auth-log: year-less syslog times read in 2026, the year of the import clock in UTC; pass --year to set it", context.Assumptions);
    }

    [Fact]
    public void December_lines_imported_in_january_belong_to_the_previous_year_and_january_lines_follow()
    {
        var context = new Custojo.Compliance.Evidence.Importers.ImportContext(TimeZoneInfo.Utc, "workspace time zone", new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2027, 1, 2, 0, 0, 0, TimeSpan.Zero)));
        const string log = """
            Dec 31 23:59:58 vm sshd[1]: Failed password for root from 203.0.113.9 port 4000 ssh2
            Jan  1 00:00:02 vm sshd[1]: Failed password for root from 203.0.113.9 port 4000 ssh2
            """;

        var records = ImportText("auth-log", log, context);

        Assert.Equal(["2026-12-31T23:59:58+00:00", "2027-01-01T00:00:02+00:00"], records.Select(r => (string?)r.Record["at"]));
    }

    [Fact]
    public void Repeated_message_counts_each_repetition_and_keyboard_interactive_after_partial_publickey_is_mfa()
    {
        const string log = """
            2026-11-24T10:00:00+00:00 vm sshd[7]: message repeated 3 times: [ Failed password for invalid user admin from 198.51.100.4 port 5000 ssh2]
            2026-11-24T10:01:00+00:00 vm sshd[8]: Partial publickey for carol from 192.0.2.10 port 6000 ssh2: ED25519 SHA256:abc
            2026-11-24T10:01:05+00:00 vm sshd[8]: Accepted keyboard-interactive/pam for carol from 192.0.2.10 port 6000 ssh2
            """;

        var records = ImportText("auth-log", log);

        Assert.Equal(4, records.Count);
        Assert.All(records.Take(3), r => Assert.Equal(false, (bool?)r.Record["validUser"]));
        Assert.Equal(true, (bool?)records[3].Record["mfaUsed"]);
        Assert.Equal("other", (string?)records[3].Record["method"]);
    }

    [Fact]
    public void Gzip_rotation_is_read_like_the_plain_log()
    {
        var path = Path.Combine(Path.GetTempPath(), $"auth.log.{Guid.NewGuid():N}.gz");
        try
        {
            using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest))
            using (var plain = File.OpenRead(SampleFiles.Copy("ssh/auth.log")))
            {
                plain.CopyTo(gz);
            }

            var records = ImportFile("auth-log", path);

            Assert.Equal(ImportSample("auth-log", "ssh/auth.log").Select(r => r.Record.ToJsonString()), records.Select(r => r.Record.ToJsonString()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Host_option_wins_over_the_syslog_host()
    {
        var records = ImportSample("auth-log", "ssh/auth.log", Context(host: "bastion-01"));

        Assert.All(records, r => Assert.Equal("bastion-01", (string?)r.Record["host"]));
    }

    [Fact]
    public void A_line_that_is_not_syslog_is_refused_naming_the_line_and_the_expected_format()
    {
        var error = ImportTextFails("auth-log", "2026-11-24T10:00:00+00:00 vm sshd[7]: Server listening\nthis is not syslog\n");

        Assert.Equal("line 2", error.Location);
        Assert.Contains("TIMESTAMP HOST PROGRAM[PID]: MESSAGE", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void February_29_in_a_year_without_it_is_refused_asking_for_the_year()
    {
        var error = ImportTextFails("auth-log", "Feb 29 10:00:00 vm sshd[7]: Failed password for root from 203.0.113.9 port 4000 ssh2\n", Context(year: 2026));

        Assert.Equal("line 1", error.Location);
        Assert.Contains("--year", error.Expected, StringComparison.Ordinal);
    }

    private sealed class ImportedRecordView(Custojo.Compliance.Evidence.Importers.ImportedRecord record)
    {
        public string At => (string)record.Record["at"]!;
        public string User => (string)record.Record["user"]!;
        public string Outcome => (string)record.Record["outcome"]!;
        public string Method => (string)record.Record["method"]!;
        public bool ValidUser => (bool)record.Record["validUser"]!;
    }
}
