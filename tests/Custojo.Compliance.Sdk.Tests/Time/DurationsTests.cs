using Custojo.Compliance.Sdk.Time;

namespace Custojo.Compliance.Sdk.Tests.Time;

public sealed class DurationsTests
{
    [Theory]
    [InlineData(0, "0s")]
    [InlineData(47 * 60, "47m")]
    [InlineData(26 * 3600, "1d 2h")]
    [InlineData(36 * 3600, "1d 12h")]
    [InlineData(90, "1m 30s")]
    [InlineData(14 * 86400, "14d")]
    [InlineData(86400 + 60, "1d 1m")]
    [InlineData(-300, "-5m")]
    public void Format_writes_largest_units_first_and_leaves_out_zero_units(int seconds, string expected) =>
        Assert.Equal(expected, Durations.Format(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void Format_writes_sub_second_parts_as_decimal_seconds() =>
        Assert.Equal("1m 0.25s", Durations.Format(TimeSpan.FromMilliseconds(60_250)));

    [Theory]
    [InlineData("90s", 90)]
    [InlineData("30m", 30 * 60)]
    [InlineData("6h", 6 * 3600)]
    [InlineData("7d", 7 * 86400)]
    [InlineData("2w", 14 * 86400)]
    [InlineData("1d 12h", 36 * 3600)]
    [InlineData("1h30m", 90 * 60)]
    [InlineData("1.5h", 90 * 60)]
    [InlineData(" 45m ", 45 * 60)]
    [InlineData("PT30M", 30 * 60)]
    [InlineData("P1D", 86400)]
    [InlineData("P1DT12H", 36 * 3600)]
    [InlineData("P2W", 14 * 86400)]
    [InlineData("PT1H30M15S", 5415)]
    [InlineData("pt0.5s", 0.5)]
    public void Parse_reads_compact_units_and_iso_8601(string text, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Durations.Parse(text));

    [Fact]
    public void Parse_reads_milliseconds() =>
        Assert.Equal(TimeSpan.FromMilliseconds(250), Durations.Parse("250ms"));

    [Theory]
    [InlineData("")]
    [InlineData("thirty")]
    [InlineData("30")]
    [InlineData("30 m")]
    [InlineData("30M")]
    [InlineData("-5m")]
    [InlineData("5x")]
    [InlineData("P1Y")]
    [InlineData("P1M")]
    [InlineData("PT")]
    [InlineData("P")]
    [InlineData("PT1H2H")]
    [InlineData("PT5M1H")]
    [InlineData("P1H")]
    [InlineData("99999999999999999999999w")]
    public void TryParse_refuses_text_that_is_not_a_duration(string text) =>
        Assert.False(Durations.TryParse(text, out _));

    [Fact]
    public void Parse_error_says_what_is_accepted()
    {
        var error = Assert.Throws<FormatException>(() => Durations.Parse("thirty"));
        Assert.Equal("Expected a duration like \"30m\", \"6h\", \"7d\" or ISO 8601 \"PT30M\", got \"thirty\".", error.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(59)]
    [InlineData(3600)]
    [InlineData(93784)]
    [InlineData(1_209_600)]
    public void Format_output_reads_back_to_the_same_duration(int seconds)
    {
        var duration = TimeSpan.FromSeconds(seconds) + TimeSpan.FromTicks(1234);
        Assert.Equal(duration, Durations.Parse(Durations.Format(duration)));
    }
}
