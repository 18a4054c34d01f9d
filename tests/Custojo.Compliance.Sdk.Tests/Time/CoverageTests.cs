using Custojo.Compliance.Sdk.Evidence;
using Custojo.Compliance.Sdk.Time;
using static Custojo.Compliance.Sdk.Tests.Time.Timeline;

namespace Custojo.Compliance.Sdk.Tests.Time;

public sealed class CoverageTests
{
    [Fact]
    public void Every_day_with_an_event_passes()
    {
        var window = Window("2026-10-01T00:00:00Z", "2026-10-08T00:00:00Z");

        var coverage = Every(TimeSpan.FromDays(1), "2026-10-01T23:59:00Z", "2026-10-08T00:00:00Z").Coverage(window, CalendarUnit.Day);

        Assert.True(coverage.Passed);
        Assert.Equal(7, coverage.Required.Count);
        Assert.Equal(7, coverage.CoveredCount);
    }

    [Fact]
    public void Days_without_an_event_are_reported_with_label_and_utc_bounds()
    {
        var window = Window("2026-10-01T00:00:00Z", "2026-10-08T00:00:00Z");

        var coverage = Pings("2026-10-01T10:00:00Z", "2026-10-02T10:00:00Z", "2026-10-02T11:00:00Z", "2026-10-05T00:00:00Z", "2026-10-06T10:00:00Z", "2026-10-07T10:00:00Z")
            .Coverage(window, CalendarUnit.Day);

        Assert.Equal(["2026-10-03", "2026-10-04"], coverage.Missing.Select(p => p.Label));
        Assert.Equal(T("2026-10-03T00:00:00Z"), coverage.Missing[0].Start);
        Assert.Equal(T("2026-10-04T00:00:00Z"), coverage.Missing[0].End);
    }

    [Fact]
    public void Days_are_local_days_of_the_window_zone()
    {
        // 23:30 UTC on 4 October is 01:30 on 5 October in Berlin.
        var window = Window("2026-10-04T00:00:00+02:00", "2026-10-06T00:00:00+02:00", Berlin);

        var coverage = Pings("2026-10-04T10:00:00Z", "2026-10-04T23:30:00Z").Coverage(window, CalendarUnit.Day);

        Assert.True(coverage.Passed);
        Assert.Equal(T("2026-10-04T22:00:00Z"), coverage.Required[1].Start);
    }

    [Theory]
    [InlineData("Europe/Berlin", "2026-03-29", "2026-03-28T23:00:00Z", 23)]
    [InlineData("Europe/Berlin", "2026-10-25", "2026-10-24T22:00:00Z", 25)]
    [InlineData("America/New_York", "2026-03-08", "2026-03-08T05:00:00Z", 23)]
    [InlineData("America/New_York", "2026-11-01", "2026-11-01T04:00:00Z", 25)]
    [InlineData("America/Havana", "2026-03-08", "2026-03-08T05:00:00Z", 23)] // midnight skipped: the day starts at 01:00
    [InlineData("America/Havana", "2026-11-01", "2026-11-01T04:00:00Z", 25)] // midnight repeated: the first one counts
    public void A_local_day_on_a_dst_change_lasts_23_or_25_hours(string zoneId, string day, string utcStart, int hours)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var window = AuditPeriod.Parse(day, zone);

        var period = Assert.Single(CalendarPeriods.Of(window, CalendarUnit.Day));

        Assert.Equal(day, period.Label);
        Assert.Equal(T(utcStart), period.Start);
        Assert.Equal(TimeSpan.FromHours(hours), period.Length);
    }

    [Fact]
    public void The_zone_data_used_by_the_midnight_cases_really_skips_and_repeats_midnight()
    {
        var havana = TimeZoneInfo.FindSystemTimeZoneById("America/Havana");

        Assert.True(havana.IsInvalidTime(new DateTime(2026, 3, 8, 0, 30, 0, DateTimeKind.Unspecified)));
        Assert.True(havana.IsAmbiguousTime(new DateTime(2026, 11, 1, 0, 30, 0, DateTimeKind.Unspecified)));
    }

    [Fact]
    public void The_late_evening_of_a_fall_back_day_still_covers_that_day()
    {
        // 25 October 2026, Berlin: 23:30 local (+01:00) is 22:30 UTC, still the 25th.
        var window = Window("2026-10-24T00:00:00+02:00", "2026-10-27T00:00:00+01:00", Berlin);

        var coverage = Pings("2026-10-24T12:00:00Z", "2026-10-25T22:30:00Z", "2026-10-26T12:00:00Z").Coverage(window, CalendarUnit.Day);

        Assert.True(coverage.Passed);
        Assert.Equal(["2026-10-24", "2026-10-25", "2026-10-26"], coverage.Required.Select(p => p.Label));
    }

    [Fact]
    public void An_event_in_the_first_hour_after_spring_forward_covers_the_new_day_only()
    {
        // New York, 8 March 2026: the day is 23h; 00:30 local (-05:00) is 05:30 UTC.
        var window = Window("2026-03-07T00:00:00-05:00", "2026-03-09T00:00:00-04:00", NewYork);

        var coverage = Pings("2026-03-08T05:30:00Z").Coverage(window, CalendarUnit.Day);

        Assert.Equal(["2026-03-07"], coverage.Missing.Select(p => p.Label));
    }

    [Fact]
    public void Partial_periods_at_the_window_edges_are_not_required_by_default()
    {
        var window = Window("2026-10-05T12:00:00Z", "2026-10-08T06:00:00Z");

        var coverage = Array.Empty<Observed<Ping>>().Coverage(window, CalendarUnit.Day);

        Assert.Equal(["2026-10-06", "2026-10-07"], coverage.Missing.Select(p => p.Label));
    }

    [Fact]
    public void Partial_periods_can_be_required_and_keep_their_full_extent()
    {
        var window = Window("2026-10-05T12:00:00Z", "2026-10-08T06:00:00Z");

        var coverage = Pings("2026-10-05T02:00:00Z", "2026-10-06T02:00:00Z", "2026-10-07T02:00:00Z").Coverage(window, CalendarUnit.Day, requirePartial: true);

        var missing = Assert.Single(coverage.Missing);
        Assert.Equal("2026-10-08", missing.Label);
        Assert.True(missing.IsPartial);
        Assert.Equal(T("2026-10-09T00:00:00Z"), missing.End);
        Assert.True(coverage.Required[0].IsPartial);
    }

    [Fact]
    public void Iso_weeks_run_monday_to_monday_and_week_53_crosses_the_year()
    {
        var window = Window("2026-12-21T00:00:00Z", "2027-01-11T00:00:00Z");

        var weeks = CalendarPeriods.Of(window, CalendarUnit.IsoWeek).ToList();

        Assert.Equal(["2026-W52", "2026-W53", "2027-W01"], weeks.Select(w => w.Label));
        Assert.Equal(T("2026-12-28T00:00:00Z"), weeks[1].Start);
        Assert.Equal(T("2027-01-04T00:00:00Z"), weeks[1].End);
    }

    [Fact]
    public void Weekly_coverage_reports_the_week_without_an_event()
    {
        var window = Window("2026-12-21T00:00:00Z", "2027-01-11T00:00:00Z");

        var coverage = Pings("2026-12-27T23:59:00Z", "2027-01-04T00:00:00Z").Coverage(window, CalendarUnit.IsoWeek);

        Assert.Equal(["2026-W53"], coverage.Missing.Select(w => w.Label));
    }

    [Fact]
    public void The_first_days_of_january_can_belong_to_the_previous_iso_year()
    {
        var period = CalendarPeriods.Containing(T("2027-01-02T12:00:00Z"), CalendarUnit.IsoWeek, Utc);

        Assert.Equal("2026-W53", period.Label);
    }

    [Fact]
    public void Months_and_quarters_follow_the_local_calendar()
    {
        var window = Window("2026-06-30T22:00:00Z", "2026-12-31T23:00:00Z", Berlin);

        var months = CalendarPeriods.Of(window, CalendarUnit.Month).Select(p => p.Label);
        var quarters = CalendarPeriods.Of(window, CalendarUnit.Quarter).ToList();

        Assert.Equal(["2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"], months);
        Assert.Equal(["2026-Q3", "2026-Q4"], quarters.Select(p => p.Label));
        Assert.Equal(T("2026-09-30T22:00:00Z"), quarters[1].Start);
    }

    [Fact]
    public void A_missed_quarter_is_reported()
    {
        var window = Window("2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z");

        var coverage = Pings("2026-02-10T00:00:00Z", "2026-05-10T00:00:00Z", "2026-12-10T00:00:00Z").Coverage(window, CalendarUnit.Quarter);

        Assert.Equal(["2026-Q3"], coverage.Missing.Select(p => p.Label));
    }

    [Fact]
    public void A_missing_day_finding_names_the_day_in_local_time()
    {
        var window = Window("2026-10-25T00:00:00+02:00", "2026-10-26T00:00:00+01:00", Berlin);

        var finding = Assert.Single(Array.Empty<Observed<Ping>>().Coverage(window, CalendarUnit.Day).ToFindings(window, "verified backup"));

        Assert.Equal("No verified backup on 2026-10-25 (2026-10-25 00:00 +02:00 to 2026-10-26 00:00 +01:00).", finding.Message);
        Assert.Equal(TimeSpan.FromHours(25), finding.Duration);
    }

    [Fact]
    public void Coverage_rejects_events_out_of_time_order()
    {
        var window = Window("2026-10-01T00:00:00Z", "2026-10-08T00:00:00Z");

        Assert.Throws<ArgumentException>(() => Pings("2026-10-03T00:00:00Z", "2026-10-02T00:00:00Z").Coverage(window, CalendarUnit.Day));
    }
}
