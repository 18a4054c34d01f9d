using Custojo.Compliance.Engine.Waivers;
using Custojo.Compliance.Evidence;
using Custojo.Compliance.Sdk.Results;
using static Custojo.Compliance.Engine.Tests.Waivers.Waivers;

namespace Custojo.Compliance.Engine.Tests.Waivers;

public sealed class WaiverTextTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public void An_applied_waiver_reads_underlying_outcome_approver_local_expiry_and_ticket()
    {
        var status = WaiverApplication.Apply([Result("BKP-DB-03", Outcome.Fail)], Set(Waiver("WVR-0001", "BKP-DB-03", new DateTimeOffset(2026, 12, 31, 23, 0, 0, TimeSpan.Zero)))).Single().Waiver!;

        Assert.Equal("fail — waived by Dana Ops until 2027-01-01 00:00 +01:00, CHG-1", WaiverText.Describe(status, Berlin));
    }

    [Fact]
    public void An_expired_waiver_reads_its_id_expiry_and_not_applied()
    {
        var status = WaiverApplication.Apply([Result("BKP-DB-03", Outcome.Fail)], Set(Waiver("WVR-0002", "BKP-DB-03", new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero)))).Single().Waiver!;

        Assert.Equal("fail — waiver WVR-0002 expired 2026-11-01 01:00 +01:00, not applied", WaiverText.Describe(status, Berlin));
    }

    [Fact]
    public void A_waiver_expiring_soon_says_so_without_counting_days_so_the_text_does_not_change_daily()
    {
        var status = WaiverApplication.Apply([Result("BKP-DB-03", Outcome.NoEvidence)], Set(Waiver("WVR-0003", "BKP-DB-03", Now.AddDays(5)))).Single().Waiver!;

        Assert.EndsWith("(expiring soon)", WaiverText.Describe(status, Berlin), StringComparison.Ordinal);
        Assert.StartsWith("no-evidence — waived by", WaiverText.Describe(status, Berlin), StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_name_expired_and_expiring_soon_waivers_only()
    {
        var set = Set(Waiver("WVR-0001", "A-01", Now.AddDays(90)), Waiver("WVR-0002", "B-01", Now.AddDays(-2)), Waiver("WVR-0003", "C-01", Now.AddDays(3)));

        var warnings = WaiverWarnings.For(set, Berlin);

        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("WVR-0002", StringComparison.Ordinal) && w.Contains("not applied", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("WVR-0003", StringComparison.Ordinal) && w.Contains("in 3 day(s)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2027-03-31T22:00:00Z", "2027-03-31T22:00:00Z")]
    [InlineData("2027-03-31T22:00:00+02:00", "2027-03-31T20:00:00Z")]
    [InlineData("2027-03-31", "2027-03-31T22:00:00Z")]
    [InlineData("90d", "2027-02-22T09:00:00Z")]
    [InlineData("2w", "2026-12-08T09:00:00Z")]
    public void Expires_accepts_an_instant_a_date_through_that_local_day_or_days_and_weeks_from_now(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), WaiverExpiry.Parse(text, Now, Berlin));
    }

    [Theory]
    [InlineData("2027-03-31T22:00:00")]
    [InlineData("next week")]
    [InlineData("90m")]
    public void Expires_refuses_an_instant_without_offset_and_anything_else(string text)
    {
        var error = Assert.Throws<InputException>(() => WaiverExpiry.Parse(text, Now, Berlin));

        Assert.Contains("--expires", error.Message, StringComparison.Ordinal);
    }
}
