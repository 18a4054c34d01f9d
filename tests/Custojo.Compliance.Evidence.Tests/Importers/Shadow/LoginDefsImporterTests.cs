using Snapshooter.Xunit;
using static Custojo.Compliance.Evidence.Tests.Importers.ImporterHarness;

namespace Custojo.Compliance.Evidence.Tests.Importers.Shadow;

public sealed class LoginDefsImporterTests
{
    private static readonly DateTimeOffset ReadAt = new(2026, 11, 24, 21, 7, 5, TimeSpan.Zero);

    [Fact]
    public void Debian_defaults_give_no_maximum_age_and_say_that_length_is_left_to_pam()
    {
        var context = Context(host: "vm", observedAt: ReadAt);

        var records = ImportSample("login-defs", "accounts/login.defs", context);

        var record = Assert.Single(records).Record;
        Assert.Null(record["maxAgeDays"]);
        Assert.Equal(0, (long?)record["minAgeDays"]);
        Assert.Contains(context.Assumptions, a => a.StartsWith("login-defs: login.defs sets no PASS_MIN_LEN", StringComparison.Ordinal));
        Snapshot.Match(AsSnapshot(records));
    }

    [Fact]
    public void Comments_are_skipped_and_pass_min_len_and_max_days_are_read()
    {
        const string defs = "# /etc/login.defs\n#PASS_MAX_DAYS 1\nPASS_MAX_DAYS\t90\nPASS_MIN_DAYS\t1\nPASS_MIN_LEN\t12\n";

        var record = Assert.Single(ImportText("login-defs", defs, Context(host: "vm", observedAt: ReadAt))).Record;

        Assert.Equal(90, (long?)record["maxAgeDays"]);
        Assert.Equal(12, (long?)record["minLength"]);
    }

    [Fact]
    public void Non_numeric_age_is_refused_naming_the_line()
    {
        var error = ImportTextFails("login-defs", "PASS_MAX_DAYS\tninety\n", Context(host: "vm"));

        Assert.Equal("line 1", error.Location);
        Assert.Equal("PASS_MAX_DAYS followed by a whole number", error.Expected);
    }

    [Fact]
    public void Without_host_option_the_import_is_refused()
    {
        var error = ImportTextFails("login-defs", "PASS_MAX_DAYS\t90\n");

        Assert.Contains("--host", error.Message, StringComparison.Ordinal);
    }
}
