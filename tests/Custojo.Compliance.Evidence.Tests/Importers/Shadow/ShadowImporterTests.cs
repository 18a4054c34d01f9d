using Snapshooter.Xunit;
using static Custojo.Compliance.Evidence.Tests.Importers.ImporterHarness;

namespace Custojo.Compliance.Evidence.Tests.Importers.Shadow;

public sealed class ShadowImporterTests
{
    private static readonly DateTimeOffset ReadAt = new(2026, 11, 24, 21, 7, 5, TimeSpan.Zero);

    [Fact]
    public void Every_line_becomes_an_account_with_lock_password_and_age_state()
    {
        var records = ImportSample("shadow", "accounts/shadow", Context(host: "vm", observedAt: ReadAt));

        Assert.Equal(28, records.Count);
        Snapshot.Match(AsSnapshot(records));
    }

    [Fact]
    public void No_password_hash_reaches_a_record()
    {
        var records = ImportSample("shadow", "accounts/shadow", Context(observedAt: ReadAt));

        Assert.All(records, r => Assert.DoesNotContain("$y$", r.Record.ToJsonString(), StringComparison.Ordinal));
        var alice = records.Single(r => (string?)r.Record["user"] == "alice").Record;
        Assert.Equal(false, (bool?)alice["locked"]);
        Assert.Equal(true, (bool?)alice["hasPassword"]);
        Assert.Equal("2027-06-30T00:00:00+00:00", (string?)alice["expiresAt"]);
    }

    [Fact]
    public void Empty_password_field_means_no_password_and_a_past_expiry_means_disabled()
    {
        var record = Assert.Single(ImportText("shadow", "guest::20000:0:99999:7::20500:\n", Context(observedAt: ReadAt))).Record;

        Assert.Equal(false, (bool?)record["hasPassword"]);
        Assert.Equal(false, (bool?)record["locked"]);
        Assert.Equal(true, (bool?)record["disabled"]);
    }

    [Fact]
    public void Malformed_line_is_refused_without_showing_its_password_field()
    {
        var error = ImportTextFails("shadow", "root:*:20228:0:99999:7:::\nalice:$y$j9T$secret$hash:notanumber:0:99999:7:::\n", Context(observedAt: ReadAt));

        Assert.Equal("line 2", error.Location);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
        Assert.Equal("alice:(hidden):notanumber:0:99999:7:::", error.Found);
    }

    [Fact]
    public void The_summary_says_what_shadow_cannot_show()
    {
        var context = Context(observedAt: ReadAt);

        ImportSample("shadow", "accounts/shadow", context);

        Assert.Contains("shadow: /etc/shadow shows neither roles nor MFA: root recorded as privileged, other accounts not, no account as MFA-enrolled", context.Assumptions);
    }

    [Fact]
    public void Shadow_redacted_by_the_collection_recipe_gives_the_same_accounts()
    {
        var original = ImportSample("shadow", "accounts/shadow", Context(observedAt: ReadAt));
        var redacted = ImportSample("shadow", "accounts/shadow-recipe-redacted", Context(observedAt: ReadAt));

        Assert.Equal(original.Select(r => r.Record.ToJsonString()), redacted.Select(r => r.Record.ToJsonString()));
    }

    [Theory]
    [InlineData("!$y$j9T$salt$hash", true, true)]
    [InlineData("!x", true, true)]
    [InlineData("!", true, false)]
    [InlineData("*", true, false)]
    [InlineData("", false, false)]
    [InlineData("x", false, true)]
    public void Password_field_yields_only_locked_and_has_password(string field, bool locked, bool hasPassword)
    {
        var record = Assert.Single(ImportText("shadow", $"u:{field}:20000:0:99999:7:::\n", Context(observedAt: ReadAt))).Record;

        Assert.Equal((locked, hasPassword), ((bool)record["locked"]!, (bool)record["hasPassword"]!));
    }
}
