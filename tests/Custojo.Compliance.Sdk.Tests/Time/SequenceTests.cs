using Custojo.Compliance.Sdk.Time;
using static Custojo.Compliance.Sdk.Tests.Time.Timeline;

namespace Custojo.Compliance.Sdk.Tests.Time;

public sealed class SequenceTests
{
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    [Fact]
    public void An_update_with_a_backup_within_the_limit_before_it_is_matched()
    {
        var updates = new[] { Ping("2026-10-05T22:00:00Z") };
        var backups = new[] { Ping("2026-10-04T22:00:00Z") };

        Assert.Empty(updates.PrecededBy(backups, Day));
    }

    [Fact]
    public void A_companion_one_tick_too_early_does_not_match_and_is_reported_as_nearest()
    {
        var updates = new[] { Ping("2026-10-05T22:00:00Z") };
        var backups = new[] { Ping("2026-10-03T12:00:00Z"), Ping("2026-10-04T21:59:59.9999999Z") };

        var miss = Assert.Single(updates.PrecededBy(backups, Day));

        Assert.Equal(T("2026-10-04T21:59:59.9999999Z"), miss.Nearest!.At);
        Assert.Equal(Day + TimeSpan.FromTicks(1), miss.Distance);
        Assert.Equal(JoinDirection.PrecededBy, miss.Direction);
    }

    [Fact]
    public void A_companion_after_the_event_does_not_precede_it()
    {
        var updates = new[] { Ping("2026-10-05T22:00:00Z") };
        var backups = new[] { Ping("2026-10-05T22:10:00Z") };

        var miss = Assert.Single(updates.PrecededBy(backups, Day));

        Assert.Null(miss.Nearest);
    }

    [Fact]
    public void A_companion_at_the_same_instant_matches_either_way()
    {
        var updates = new[] { Ping("2026-10-05T22:00:00Z") };
        var backups = new[] { Ping("2026-10-05T22:00:00Z") };

        Assert.Empty(updates.PrecededBy(backups, Day));
        Assert.Empty(updates.FollowedBy(backups, Day));
    }

    [Fact]
    public void The_match_predicate_pairs_events_with_companions_of_the_same_host()
    {
        var updates = new[] { Ping("2026-10-05T22:00:00Z", "web1"), Ping("2026-10-05T23:00:00Z", "db1") };
        var backups = new[] { Ping("2026-10-03T20:00:00Z", "web1"), Ping("2026-10-05T21:00:00Z", "db1"), Ping("2026-10-05T21:30:00Z", "db2") };

        var miss = Assert.Single(updates.PrecededBy(backups, Day, (u, b) => u.Host == b.Host));

        Assert.Equal("web1", miss.Event.Record.Host);
        Assert.Equal("web1", miss.Nearest!.Record.Host);
        Assert.Equal(TimeSpan.FromHours(50), miss.Distance);
    }

    [Fact]
    public void FollowedBy_finds_the_earliest_companion_after_the_event()
    {
        var alerts = new[] { Ping("2026-10-05T10:00:00Z"), Ping("2026-10-05T12:00:00Z") };
        var acknowledgements = new[] { Ping("2026-10-05T11:00:00Z"), Ping("2026-10-05T20:00:00Z") };

        var miss = Assert.Single(alerts.FollowedBy(acknowledgements, TimeSpan.FromHours(4)));

        Assert.Equal(T("2026-10-05T12:00:00Z"), miss.Event.At);
        Assert.Equal(T("2026-10-05T20:00:00Z"), miss.Nearest!.At);
        Assert.Equal(JoinDirection.FollowedBy, miss.Direction);
    }

    [Fact]
    public void A_miss_finding_names_the_event_the_companion_and_the_nearest_one()
    {
        var window = Window("2026-10-01T00:00:00+02:00", "2026-11-01T00:00:00+01:00", Berlin);
        var updates = new[] { Ping("2026-10-05T22:00:00+02:00", "web1") };
        var backups = new[] { Ping("2026-10-04T16:00:00+02:00", "web1") };

        var finding = updates.PrecededBy(backups, Day).Single().ToFinding(window, "Production update", "successful full backup", "web1");

        Assert.Equal(
            "Production update (web1) at 2026-10-05 22:00 +02:00 has no successful full backup in the 1d before it; the nearest was 1d 6h before, at 2026-10-04 16:00 +02:00.",
            finding.Message);
        Assert.Equal(2, finding.Evidence.Count);
        Assert.Equal(TimeSpan.FromHours(30), finding.Duration);
    }

    [Fact]
    public void A_miss_finding_without_any_companion_says_so()
    {
        var window = Window("2026-10-01T00:00:00Z", "2026-11-01T00:00:00Z");

        var finding = new[] { Ping("2026-10-05T22:00:00Z") }.FollowedBy(Array.Empty<Custojo.Compliance.Sdk.Evidence.Observed<Ping>>(), TimeSpan.FromHours(4))
            .Single().ToFinding(window, "Security alert", "acknowledgement");

        Assert.Equal("Security alert at 2026-10-05 22:00 +00:00 has no acknowledgement in the 4h after it; there is none after it.", finding.Message);
        Assert.Single(finding.Evidence);
    }

    [Fact]
    public void Companions_out_of_time_order_are_rejected()
    {
        var updates = new[] { Ping("2026-10-05T22:00:00Z") };
        var backups = new[] { Ping("2026-10-05T21:00:00Z"), Ping("2026-10-05T20:00:00Z") };

        Assert.Throws<ArgumentException>(() => updates.PrecededBy(backups, Day));
    }
}
