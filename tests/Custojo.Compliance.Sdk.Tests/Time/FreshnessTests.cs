using Custojo.Compliance.Sdk.Evidence;
using Custojo.Compliance.Sdk.Time;
using static Custojo.Compliance.Sdk.Tests.Time.Timeline;

namespace Custojo.Compliance.Sdk.Tests.Time;

public sealed class FreshnessTests
{
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    [Fact]
    public void An_item_exactly_the_maximum_age_old_is_fresh()
    {
        var freshness = Pings("2026-10-20T00:00:00Z", "2026-10-25T00:00:00Z").Freshness(T("2026-11-01T00:00:00Z"), Week);

        Assert.False(freshness.IsStale);
        Assert.Equal(Week, freshness.Age);
    }

    [Fact]
    public void An_item_older_than_the_maximum_age_is_stale()
    {
        var freshness = Pings("2026-10-24T23:59:00Z").Freshness(T("2026-11-01T00:00:00Z"), Week);

        Assert.True(freshness.IsStale);
    }

    [Fact]
    public void No_item_at_all_is_stale()
    {
        var freshness = Array.Empty<Observed<Ping>>().Freshness(T("2026-11-01T00:00:00Z"), Week);

        Assert.True(freshness.IsStale);
        Assert.Null(freshness.Age);
    }

    [Fact]
    public void Items_after_the_instant_are_ignored()
    {
        var freshness = Pings("2026-10-01T00:00:00Z", "2026-11-02T00:00:00Z").Freshness(T("2026-11-01T00:00:00Z"), Week);

        Assert.Equal(T("2026-10-01T00:00:00Z"), freshness.Latest!.At);
        Assert.True(freshness.IsStale);
    }

    [Fact]
    public void A_stale_finding_shows_age_limit_and_when_the_latest_item_was_observed()
    {
        var window = Window("2026-10-01T00:00:00+02:00", "2026-11-01T00:00:00+01:00", Berlin);

        var finding = Pings("2026-09-22T10:00:00+02:00").Freshness(window.To, TimeSpan.FromDays(31)).ToFinding(window, "security audit");

        Assert.Equal(
            "The latest security audit is 39d 15h old at 2026-11-01 00:00 +01:00 (limit 31d); it was observed at 2026-09-22 10:00 +02:00.",
            finding.Message);
        Assert.Single(finding.Evidence);
    }

    [Fact]
    public void A_finding_without_any_item_says_none_was_observed()
    {
        var window = Window("2026-10-01T00:00:00Z", "2026-11-01T00:00:00Z");

        var finding = Array.Empty<Observed<Ping>>().Freshness(window.To, Week).ToFinding(window, "access review", "alice");

        Assert.Equal("No access review for alice observed up to 2026-11-01 00:00 +00:00 (limit 7d).", finding.Message);
    }
}
