using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Custojo.Compliance.Evidence.Canonical;

namespace Custojo.Compliance.Evidence.Tests.Import;

public sealed class CanonicalInstantTests
{
    public static TheoryData<DateTimeOffset> Edges =>
    [
        DateTimeOffset.MinValue,
        DateTimeOffset.MaxValue,
        new DateTimeOffset(2024, 2, 29, 23, 59, 59, TimeSpan.Zero).AddTicks(9_999_999),
        new DateTimeOffset(2026, 3, 29, 2, 30, 0, TimeSpan.FromHours(2)),
        new DateTimeOffset(2026, 1, 1, 0, 30, 0, TimeSpan.FromHours(14)),
        new DateTimeOffset(999, 12, 31, 23, 0, 0, TimeSpan.FromHours(-12)).AddTicks(1),
    ];

    [Theory]
    [MemberData(nameof(Edges))]
    public void An_instant_is_written_in_utc_to_the_tick_as_the_format_string_spells_it(DateTimeOffset instant) =>
        Assert.Equal(Expected(instant), Written(instant));

    [Fact]
    public void Random_instants_across_the_calendar_are_written_as_the_format_string_spells_them()
    {
        var random = new Random(20261202);
        for (var i = 0; i < 20_000; i++)
        {
            var ticks = random.NextInt64(DateTimeOffset.MinValue.UtcTicks + TimeSpan.TicksPerDay, DateTimeOffset.MaxValue.UtcTicks - TimeSpan.TicksPerDay);
            var instant = new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(random.Next(-14 * 60, 14 * 60)));
            Assert.Equal(Expected(instant), Written(instant));
        }
    }

    private static string Expected(DateTimeOffset instant) =>
        "\"" + instant.UtcDateTime.ToString(CanonicalJson.InstantFormat, CultureInfo.InvariantCulture) + "\"";

    private static string Written(DateTimeOffset instant)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, CanonicalJson.WriterOptions)) CanonicalJson.WriteInstant(writer, instant);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
