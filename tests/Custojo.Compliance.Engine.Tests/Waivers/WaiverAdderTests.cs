using Custojo.Compliance.Engine.Waivers;
using Custojo.Compliance.Engine.Workspace;
using Custojo.Compliance.Evidence;
using Microsoft.Extensions.Time.Testing;

namespace Custojo.Compliance.Engine.Tests.Waivers;

public sealed class WaiverAdderTests : IDisposable
{
    private static readonly IReadOnlySet<string> Controls = new HashSet<string>(StringComparer.Ordinal) { "BKP-DB-03", "SEC-AUTH-01" };
    private static readonly WaiverConfig Config = new();
    private readonly string _dir = Directory.CreateTempSubdirectory("custojo-waivers-").FullName;
    private readonly WaiverAdder _adder = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, 500, TimeSpan.Zero)));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string PathOf => Path.Combine(_dir, "waivers.json");

    private static WaiverRequest Request(string control = "BKP-DB-03", int days = 30) => new()
    {
        ControlId = control,
        Justification = "Storage migration",
        Approver = "Dana Ops",
        Ticket = "CHG-1",
        Expires = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero).AddDays(days),
    };

    [Fact]
    public void Adding_to_a_new_file_writes_the_schema_reference_the_first_id_and_the_clock_as_created()
    {
        var waiver = _adder.Add(PathOf, Request(), Controls, Config, "./.custojo/waivers.schema.json");

        Assert.Equal("WVR-0001", waiver.Id);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero), waiver.Created);
        var text = File.ReadAllText(PathOf);
        Assert.Contains("\"$schema\": \"./.custojo/waivers.schema.json\"", text, StringComparison.Ordinal);
        Assert.Contains("\"created\": \"2026-11-24T09:00:00Z\"", text, StringComparison.Ordinal);
        Assert.Equal(waiver, Assert.Single(WaiverFile.Load(PathOf, Controls, Config)));
    }

    [Fact]
    public void Adding_keeps_the_other_waivers_and_takes_the_next_id()
    {
        _adder.Add(PathOf, Request(), Controls, Config, null);

        var second = _adder.Add(PathOf, Request("SEC-AUTH-01"), Controls, Config, null);

        Assert.Equal("WVR-0002", second.Id);
        Assert.Equal(["WVR-0001", "WVR-0002"], WaiverFile.Load(PathOf, Controls, Config).Select(w => w.Id));
    }

    [Theory]
    [InlineData("NOPE-01", 30, "--control: unknown control 'NOPE-01'")]
    [InlineData("BKP-DB-03", 400, "--expires: the waiver lasts 400 days")]
    [InlineData("BKP-DB-03", -1, "--expires: expires 2026-11-23T09:00:00Z is not after created")]
    public void An_invalid_waiver_is_refused_and_the_file_is_untouched(string control, int days, string expected)
    {
        _adder.Add(PathOf, Request(), Controls, Config, null);
        var before = File.ReadAllBytes(PathOf);

        var error = Assert.Throws<InputException>(() => _adder.Add(PathOf, Request(control, days), Controls, Config, null));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(PathOf));
        Assert.Single(Directory.GetFiles(_dir));
    }

    [Fact]
    public void Ids_continue_above_the_highest_in_the_file()
    {
        Assert.Equal("WVR-0008", WaiverIds.Next([Waivers.Waiver("WVR-0007", "X", Waivers.Now), Waivers.Waiver("legacy-1", "X", Waivers.Now)]));
    }
}
