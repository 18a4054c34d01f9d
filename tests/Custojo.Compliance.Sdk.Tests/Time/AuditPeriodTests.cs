using Custojo.Compliance.Sdk.Time;
using static Custojo.Compliance.Sdk.Tests.Time.Timeline;

namespace Custojo.Compliance.Sdk.Tests.Time;

public sealed class AuditPeriodTests
{
    [Theory]
    [InlineData("2026-Q3", "2026-06-30T22:00:00Z", "2026-09-30T22:00:00Z")]
    [InlineData("2026-q4", "2026-09-30T22:00:00Z", "2026-12-31T23:00:00Z")]
    [InlineData("2026-10", "2026-09-30T22:00:00Z", "2026-10-31T23:00:00Z")]
    [InlineData("2026-W42", "2026-10-11T22:00:00Z", "2026-10-18T22:00:00Z")]
    [InlineData("2026-W53", "2026-12-27T23:00:00Z", "2027-01-03T23:00:00Z")]
    [InlineData("2026-W01", "2025-12-28T23:00:00Z", "2026-01-04T23:00:00Z")]
    [InlineData("2026-10-05", "2026-10-04T22:00:00Z", "2026-10-05T22:00:00Z")]
    [InlineData("2026-10-25", "2026-10-24T22:00:00Z", "2026-10-25T23:00:00Z")]
    [InlineData("2026", "2025-12-31T23:00:00Z", "2026-12-31T23:00:00Z")]
    [InlineData(" 2026-10 ", "2026-09-30T22:00:00Z", "2026-10-31T23:00:00Z")]
    public void Parse_resolves_a_local_calendar_period_to_utc(string text, string from, string to)
    {
        var window = AuditPeriod.Parse(text, Berlin);

        Assert.Equal((T(from), T(to)), (window.From, window.To));
        Assert.Same(Berlin, window.Zone);
    }

    [Fact]
    public void Parse_resolves_in_new_york_across_the_fall_back_change()
    {
        var window = AuditPeriod.Parse("2026-11-01", NewYork);

        Assert.Equal(T("2026-11-01T04:00:00Z"), window.From);
        Assert.Equal(TimeSpan.FromHours(25), window.Length);
    }

    [Theory]
    [InlineData("2026-Q5", "the quarter must be Q1 to Q4")]
    [InlineData("2026-13", "the month must be 01 to 12")]
    [InlineData("2027-W53", "2027 has ISO weeks W01 to W52")]
    [InlineData("2026-W00", "2026 has ISO weeks W01 to W53")]
    [InlineData("2026-02-29", "2026-02 has days 01 to 28")]
    [InlineData("1066-10", "the year must be between 1900 and 9998")]
    [InlineData("last month", "it is not one of the accepted notations")]
    [InlineData("", "it is not one of the accepted notations")]
    public void Parse_says_what_is_wrong_and_what_is_accepted(string text, string problem)
    {
        var error = Assert.Throws<FormatException>(() => AuditPeriod.Parse(text, Berlin));

        Assert.Equal(
            $"Unrecognised period \"{text}\": {problem}. Use 2026 (year), 2026-Q3 (quarter), 2026-10 (month), 2026-W42 (ISO week) or 2026-10-05 (day).",
            error.Message);
    }

    [Fact]
    public void TryParse_returns_false_with_the_message_instead_of_throwing()
    {
        Assert.False(AuditPeriod.TryParse("2026-Q0", Berlin, out var window, out var error));
        Assert.Null(window);
        Assert.StartsWith("Unrecognised period \"2026-Q0\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Last_whole_days_are_the_completed_local_days_before_today()
    {
        // 10:00 on 5 November in Berlin; the 30 days before cover the fall-back change on 25 October.
        var window = AuditPeriod.Last(TimeSpan.FromDays(30), T("2026-11-05T10:00:00+01:00"), Berlin);

        Assert.Equal(T("2026-10-05T22:00:00Z"), window.From);
        Assert.Equal(T("2026-11-04T23:00:00Z"), window.To);
        Assert.Equal(TimeSpan.FromDays(30) + TimeSpan.FromHours(1), window.Length);
    }

    [Fact]
    public void Last_uses_the_local_date_not_the_utc_date()
    {
        // 23:30 UTC on 4 November is already 5 November in Berlin.
        var window = AuditPeriod.Last(TimeSpan.FromDays(1), T("2026-11-04T23:30:00Z"), Berlin);

        Assert.Equal(T("2026-11-03T23:00:00Z"), window.From);
        Assert.Equal(T("2026-11-04T23:00:00Z"), window.To);
    }

    [Fact]
    public void Last_with_hours_ends_exactly_at_now()
    {
        var now = T("2026-11-05T10:17:00Z");

        var window = AuditPeriod.ParseLast("12h", now, Berlin);

        Assert.Equal((now.AddHours(-12), now), (window.From, window.To));
    }

    [Theory]
    [InlineData("30d")]
    [InlineData("P30D")]
    [InlineData("1d 1h 1m")]
    public void ParseLast_reads_the_cli_length(string text) =>
        Assert.True(AuditPeriod.ParseLast(text, T("2026-11-05T10:00:00Z"), Utc).Length >= TimeSpan.FromDays(1));

    [Theory]
    [InlineData("30")]
    [InlineData("0d")]
    [InlineData("a month")]
    public void ParseLast_rejects_a_length_that_is_not_a_positive_duration(string text)
    {
        var error = Assert.Throws<FormatException>(() => AuditPeriod.ParseLast(text, T("2026-11-05T10:00:00Z"), Utc));

        Assert.Contains($"\"{text}\" for --last", error.Message, StringComparison.Ordinal);
    }
}
