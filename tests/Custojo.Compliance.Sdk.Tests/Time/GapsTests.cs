using Custojo.Compliance.Sdk.Evidence;
using Custojo.Compliance.Sdk.Time;
using static Custojo.Compliance.Sdk.Tests.Time.Timeline;

namespace Custojo.Compliance.Sdk.Tests.Time;

public sealed class GapsTests
{
    private static readonly TimeSpan HalfHour = TimeSpan.FromMinutes(30);
    private static readonly AuditWindow Day = Window("2026-10-05T00:00:00Z", "2026-10-06T00:00:00Z");

    [Fact]
    public void Regular_events_at_exactly_the_interval_pass()
    {
        var analysis = Every(HalfHour, "2026-10-05T00:00:00Z", "2026-10-06T00:00:00Z").Gaps(Day, HalfHour);

        Assert.True(analysis.Passed);
        Assert.Equal(48, analysis.EventCount);
        Assert.Equal(HalfHour, analysis.Longest.Duration);
    }

    [Fact]
    public void A_gap_of_exactly_the_limit_passes_and_one_tick_more_fails()
    {
        var exact = Pings("2026-10-05T00:00:00Z", "2026-10-05T00:30:00Z").Concat(Every(HalfHour, "2026-10-05T00:30:00Z", "2026-10-06T00:00:00Z"));
        Assert.True(exact.Gaps(Day, TimeSpan.FromMinutes(25), TimeSpan.FromMinutes(5)).Passed);

        var late = new[] { Ping("2026-10-05T00:00:00Z") }
            .Append(new Observed<Ping>(new("late", "ping", T("2026-10-05T00:30:00Z").AddTicks(1)), new Ping("db1")))
            .Concat(Every(HalfHour, "2026-10-05T01:00:00Z", "2026-10-06T00:00:00Z"));
        var analysis = late.Gaps(Day, TimeSpan.FromMinutes(25), TimeSpan.FromMinutes(5));

        var gap = Assert.Single(analysis.Gaps);
        Assert.Equal(HalfHour + TimeSpan.FromTicks(1), gap.Duration);
        Assert.Equal("late", gap.After!.Id);
    }

    [Fact]
    public void A_gap_one_minute_over_the_limit_fails()
    {
        var events = Every(HalfHour, "2026-10-05T00:00:00Z", "2026-10-05T12:01:00Z")
            .Concat(Every(HalfHour, "2026-10-05T12:31:00Z", "2026-10-06T00:00:00Z"));

        var gap = Assert.Single(events.Gaps(Day, HalfHour).Gaps);

        Assert.Equal(TimeSpan.FromMinutes(31), gap.Duration);
    }

    [Fact]
    public void Gaps_are_measured_in_elapsed_time_across_the_fall_back_change()
    {
        // Berlin, 25 October 2026: 02:00-03:00 local happens twice. 02:30 (+02:00) to 02:45 (+01:00) looks like
        // 15 minutes on the wall clock but is 1h 15m of elapsed time.
        var window = Window("2026-10-25T00:00:00+02:00", "2026-10-26T00:00:00+01:00", Berlin);
        var events = Every(HalfHour, "2026-10-24T22:00:00Z", "2026-10-25T00:31:00Z")
            .Concat(Every(HalfHour, "2026-10-25T01:45:00Z", "2026-10-25T23:00:00Z"));

        var analysis = events.Gaps(window, HalfHour);

        var finding = Assert.Single(analysis.ToFindings(window, "transaction-log backup"));
        Assert.Equal(
            "No transaction-log backup for 1h 15m (limit 30m) from 2026-10-25 02:30 +02:00 to 2026-10-25 02:45 +01:00.",
            finding.Message);
        Assert.Equal(49, analysis.EventCount);
    }

    [Fact]
    public void A_47_minute_gap_is_reported_with_its_bounding_events()
    {
        var events = Every(HalfHour, "2026-10-05T00:00:00Z", "2026-10-05T03:10:00Z")
            .Concat(Every(HalfHour, "2026-10-05T03:47:00Z", "2026-10-06T00:00:00Z"));

        var analysis = events.Gaps(Day, HalfHour);

        var gap = Assert.Single(analysis.Gaps);
        Assert.Equal(T("2026-10-05T03:00:00Z"), gap.Start);
        Assert.Equal(T("2026-10-05T03:47:00Z"), gap.End);
        Assert.Equal(TimeSpan.FromMinutes(47), gap.Duration);
        Assert.Equal(T("2026-10-05T03:00:00Z"), gap.Before!.ObservedAt);
        Assert.Equal(T("2026-10-05T03:47:00Z"), gap.After!.ObservedAt);
        Assert.Same(gap, analysis.Longest);
    }

    [Fact]
    public void Without_events_the_whole_window_is_one_gap()
    {
        var analysis = Array.Empty<Observed<Ping>>().Gaps(Day, HalfHour);

        var gap = Assert.Single(analysis.Gaps);
        Assert.Equal((Day.From, Day.To), (gap.Start, gap.End));
        Assert.Null(gap.Before);
        Assert.Null(gap.After);
        Assert.Equal(0, analysis.EventCount);
    }

    [Fact]
    public void The_time_from_the_window_start_to_the_first_event_is_a_gap()
    {
        var analysis = Every(HalfHour, "2026-10-05T00:45:00Z", "2026-10-06T00:00:00Z").Gaps(Day, HalfHour);

        var gap = Assert.Single(analysis.Gaps);
        Assert.Equal(Day.From, gap.Start);
        Assert.Null(gap.Before);
        Assert.Equal(TimeSpan.FromMinutes(45), gap.Duration);
    }

    [Fact]
    public void The_time_from_the_last_event_to_the_window_end_is_a_gap()
    {
        var analysis = Every(HalfHour, "2026-10-05T00:00:00Z", "2026-10-05T23:00:00Z").Gaps(Day, HalfHour);

        var gap = Assert.Single(analysis.Gaps);
        Assert.Equal(T("2026-10-05T22:30:00Z"), gap.Start);
        Assert.Equal(Day.To, gap.End);
        Assert.Null(gap.After);
    }

    [Fact]
    public void A_looked_back_event_opens_the_first_gap_so_a_gap_spanning_the_window_start_keeps_its_real_length()
    {
        var events = Pings("2026-10-04T23:40:00Z").Concat(Every(HalfHour, "2026-10-05T00:20:00Z", "2026-10-06T00:00:00Z"));

        var analysis = events.Gaps(Day, HalfHour);

        var gap = Assert.Single(analysis.Gaps);
        Assert.Equal(T("2026-10-04T23:40:00Z"), gap.Start);
        Assert.Equal(TimeSpan.FromMinutes(40), gap.Duration);
        Assert.NotNull(gap.Before);
    }

    [Fact]
    public void Gaps_that_end_before_the_window_are_not_judged()
    {
        var events = Pings("2026-10-04T12:00:00Z", "2026-10-04T23:59:00Z").Concat(Every(HalfHour, "2026-10-05T00:00:00Z", "2026-10-06T00:00:00Z"));

        var analysis = events.Gaps(Day, HalfHour);

        Assert.True(analysis.Passed);
        Assert.Equal(48, analysis.EventCount);
    }

    [Fact]
    public void An_event_after_the_window_closes_the_gap_spanning_the_window_end()
    {
        var events = Every(HalfHour, "2026-10-05T00:00:00Z", "2026-10-05T23:40:00Z").Concat(Pings("2026-10-06T00:15:00Z", "2026-10-06T09:00:00Z"));

        var analysis = events.Gaps(Day, HalfHour);

        var gap = Assert.Single(analysis.Gaps);
        Assert.Equal(T("2026-10-05T23:30:00Z"), gap.Start);
        Assert.Equal(T("2026-10-06T00:15:00Z"), gap.End);
        Assert.Equal(48, analysis.EventCount);
    }

    [Fact]
    public void Events_out_of_time_order_are_rejected_with_both_instants()
    {
        var events = Pings("2026-10-05T02:00:00Z", "2026-10-05T01:00:00Z");

        var error = Assert.Throws<ArgumentException>(() => events.Gaps(Day, HalfHour));

        Assert.Contains("2026-10-05T01:00:00.0000000+00:00 came after 2026-10-05T02:00:00.0000000+00:00", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_at_the_same_instant_are_accepted()
    {
        var events = Pings("2026-10-05T00:00:00Z", "2026-10-05T00:00:00Z").Concat(Every(HalfHour, "2026-10-05T00:30:00Z", "2026-10-06T00:00:00Z"));

        Assert.True(events.Gaps(Day, HalfHour).Passed);
    }

    [Fact]
    public void Gaps_reads_the_events_once()
    {
        var reads = 0;
        IEnumerable<Observed<Ping>> Stream()
        {
            foreach (var ping in Every(HalfHour, "2026-10-05T00:00:00Z", "2026-10-06T00:00:00Z"))
            {
                reads++;
                yield return ping;
            }
        }

        Stream().Gaps(Day, HalfHour);

        Assert.Equal(48, reads);
    }

    [Fact]
    public void Bare_instants_give_gaps_without_evidence_references()
    {
        var analysis = new[] { T("2026-10-05T12:00:00Z") }.Gaps(Day, TimeSpan.FromHours(6));

        Assert.Equal(2, analysis.Gaps.Count);
        Assert.All(analysis.Gaps, gap => Assert.True(gap.Before is null || gap.After is null));
        Assert.Equal(TimeSpan.FromHours(12), analysis.Longest.Duration);
    }

    [Fact]
    public void A_finding_shows_local_times_durations_and_the_bounding_evidence()
    {
        var window = Window("2026-10-05T00:00:00+02:00", "2026-10-06T00:00:00+02:00", Berlin);
        var events = Pings("2026-10-05T03:10:00+02:00", "2026-10-05T03:57:00+02:00");
        var analysis = events.Gaps(window, TimeSpan.FromMinutes(30));

        var findings = analysis.ToFindings(window, "transaction-log backup", "db1").ToList();

        Assert.Equal(3, findings.Count);
        Assert.Equal(
            "No transaction-log backup for db1 for 3h 10m (limit 30m) from the window start 2026-10-05 00:00 +02:00 to 2026-10-05 03:10 +02:00.",
            findings[0].Message);
        Assert.Equal(
            "No transaction-log backup for db1 for 47m (limit 30m) from 2026-10-05 03:10 +02:00 to 2026-10-05 03:57 +02:00.",
            findings[1].Message);
        Assert.Equal(TimeSpan.FromMinutes(47), findings[1].Duration);
        Assert.Equal(2, findings[1].Evidence.Count);
        Assert.Equal("db1", findings[1].Subject);
        Assert.EndsWith("to the window end 2026-10-06 00:00 +02:00.", findings[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zero_interval_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Pings().Gaps(Day, TimeSpan.Zero));
}
