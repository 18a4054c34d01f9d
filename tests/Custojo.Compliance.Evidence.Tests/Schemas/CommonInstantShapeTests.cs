using System.Text;
using Custojo.Compliance.Evidence.Schemas;

namespace Custojo.Compliance.Evidence.Tests.Schemas;

public sealed class CommonInstantShapeTests
{
    [Theory]
    [InlineData("2026-11-02T07:58:12Z")]
    [InlineData("2026-11-02T07:58:12+01:00")]
    [InlineData("2026-11-02T07:58:12-09:30")]
    [InlineData("2026-11-02T07:58:12.5Z")]
    [InlineData("2026-11-02T07:58:12.1234567+14:00")]
    [InlineData("2026-11-02T07:58:12.0000001-14:00")]
    [InlineData("2024-02-29T23:59:59.9999999Z")]
    [InlineData("2026-03-29T02:30:00+00:00")]
    [InlineData("2026-11-02T07:58:12-00:00")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("9999-12-31T23:59:59.9999999Z")]
    public void Reads_the_common_shape_exactly_as_the_full_parse_does(string value)
    {
        Assert.True(CommonInstantShape.TryRead(Encoding.UTF8.GetBytes(value), out var fast));
        Assert.True(StrictDateTimeFormat.TryParse(value, out var full));
        Assert.Equal(full, fast);
        Assert.Equal(full.Offset, fast.Offset);
    }

    [Theory]
    [InlineData("2026-11-02t07:58:12Z", true)] // lower-case T: valid, left to the full parse
    [InlineData("2026-11-02T07:58:12z", true)]
    [InlineData("2026-11-02T07:58:12.12345678Z", true)] // more than 7 fractional digits
    [InlineData("2026-11-02T07:58:12.123456789+01:00", true)]
    [InlineData("2026-11-02T07:58:12", false)] // naive
    [InlineData("2026-11-02 07:58:12Z", false)]
    [InlineData("2026-11-02T07:58Z", false)]
    [InlineData("2026-11-02T07:58:12.Z", false)]
    [InlineData("2026-02-29T07:58:12Z", false)] // not a leap year
    [InlineData("2026-13-02T07:58:12Z", false)]
    [InlineData("2026-11-31T07:58:12Z", false)]
    [InlineData("2026-11-02T24:00:00Z", false)]
    [InlineData("2026-11-02T07:60:12Z", false)]
    [InlineData("2026-11-02T23:59:60Z", false)]
    [InlineData("2026-11-02T07:58:12+14:01", false)]
    [InlineData("2026-11-02T07:58:12+01:60", false)]
    [InlineData("2026-11-02T07:58:12+0100", false)]
    [InlineData("0000-01-01T00:00:00Z", false)]
    [InlineData("0001-01-01T00:00:00+01:00", false)] // before the first representable instant
    [InlineData("2026-11-02T07:58:12Z ", false)]
    [InlineData("+026-11-02T07:58:12Z", false)]
    [InlineData("2026-1a-02T07:58:12Z", false)]
    public void Declines_everything_else_and_the_full_parse_decides(string value, bool valid)
    {
        var utf8 = Encoding.UTF8.GetBytes(value);
        Assert.False(CommonInstantShape.TryRead(utf8, out _));
        Assert.Equal(valid, StrictDateTimeFormat.TryParse(utf8, out var instant));
        if (valid) Assert.Equal(DateTimeOffset.Parse(value, System.Globalization.CultureInfo.InvariantCulture), instant);
    }

    [Fact]
    public void Agrees_with_the_full_parse_on_every_day_time_fraction_and_offset_sampled()
    {
        var random = new Random(20261202);
        for (var i = 0; i < 20_000; i++)
        {
            var date = new DateTime(1, 1, 1).AddDays(random.Next(3_652_059));
            var fraction = random.Next(8) switch { 0 => "", var digits => "." + random.Next(10_000_000).ToString("D7", System.Globalization.CultureInfo.InvariantCulture)[..digits] };
            var zone = random.Next(3) switch
            {
                0 => "Z",
                _ => $"{(random.Next(2) == 0 ? '+' : '-')}{random.Next(16):D2}:{random.Next(61):D2}",
            };
            var value = $"{date:yyyy-MM-dd}T{random.Next(25):D2}:{random.Next(61):D2}:{random.Next(61):D2}{fraction}{zone}";
            var full = StrictDateTimeFormat.TryParse(value, out var expected);
            if (CommonInstantShape.TryRead(Encoding.UTF8.GetBytes(value), out var fast))
            {
                Assert.True(full, value);
                Assert.Equal(expected, fast);
                Assert.Equal(expected.Offset, fast.Offset);
            }
            Assert.Equal(full, StrictDateTimeFormat.TryParse(Encoding.UTF8.GetBytes(value), out var viaUtf8));
            Assert.Equal(expected, viaUtf8);
        }
    }
}
