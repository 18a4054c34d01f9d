using Custojo.Compliance.Sdk.Time;
using static Custojo.Compliance.Sdk.Tests.Time.Timeline;

namespace Custojo.Compliance.Sdk.Tests.Time;

public sealed class CalendarPeriodsContainingTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public void Instant_after_instant_across_the_end_of_summer_time_each_falls_in_the_local_day_listed_for_the_window()
    {
        var window = Window("2026-10-23T22:00:00Z", "2026-10-27T23:00:00Z", Berlin);
        var days = CalendarPeriods.Of(window, CalendarUnit.Day).ToList();

        for (var instant = window.From; instant < window.To; instant = instant.AddMinutes(20))
        {
            var expected = days.Single(d => d.Start <= instant && instant < d.End);
            Assert.Equal(expected, CalendarPeriods.Containing(instant, CalendarUnit.Day, Berlin));
        }
        Assert.Equal(TimeSpan.FromHours(25), days.Single(d => d.Label == "2026-10-25").End - days.Single(d => d.Label == "2026-10-25").Start);
    }

    [Fact]
    public void Asking_in_turn_for_another_zone_or_unit_gives_that_zone_s_or_unit_s_period()
    {
        var instant = T("2026-10-31T23:30:00Z");

        for (var round = 0; round < 2; round++)
        {
            Assert.Equal("2026-11-01", CalendarPeriods.Containing(instant, CalendarUnit.Day, Berlin).Label);
            Assert.Equal("2026-10-31", CalendarPeriods.Containing(instant, CalendarUnit.Day, Utc).Label);
            Assert.Equal("2026-11", CalendarPeriods.Containing(instant, CalendarUnit.Month, Berlin).Label);
            Assert.Equal("2026-10", CalendarPeriods.Containing(instant, CalendarUnit.Month, Utc).Label);
            Assert.Equal("2026-10-31", CalendarPeriods.Containing(instant.AddHours(-1), CalendarUnit.Day, Berlin).Label);
        }
    }
}
