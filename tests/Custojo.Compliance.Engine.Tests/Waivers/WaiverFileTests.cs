using Custojo.Compliance.Engine.Waivers;
using Custojo.Compliance.Engine.Workspace;
using Custojo.Compliance.Evidence;

namespace Custojo.Compliance.Engine.Tests.Waivers;

public sealed class WaiverFileTests
{
    private static readonly IReadOnlySet<string> Controls = new HashSet<string>(StringComparer.Ordinal) { "BKP-DB-03", "SEC-AUTH-01" };
    private static readonly WaiverConfig Config = new() { MaxDurationDays = 365, WarnWithinDays = 14 };

    private static string File(params string[] waivers) => $$"""{ "$schema": "./.custojo/waivers.schema.json", "waivers": [ {{string.Join(", ", waivers)}} ] }""";

    private static string Item(string id = "WVR-0001", string control = "BKP-DB-03", string created = "2026-11-01T00:00:00Z", string expires = "2026-12-31T23:00:00Z", string extra = "") =>
        $$"""{ "id": "{{id}}", "controlId": "{{control}}", "justification": "Storage migration", "approver": "Dana Ops", "created": "{{created}}", "expires": "{{expires}}"{{extra}} }""";

    private static string ErrorOf(string json) => Assert.Throws<InputException>(() => WaiverFile.Parse(json, "waivers.json", Controls, Config)).Message;

    [Fact]
    public void A_valid_file_loads_every_field()
    {
        var waivers = WaiverFile.Parse(File(Item(extra: """, "scope": "db-0?", "ticket": "CHG-1", "residualRisk": "2 h of data" """)), "waivers.json", Controls, Config);

        var waiver = Assert.Single(waivers);
        Assert.Equal("BKP-DB-03", waiver.ControlId);
        Assert.Equal("db-0?", waiver.Scope);
        Assert.Equal("CHG-1", waiver.Ticket);
        Assert.Equal("2 h of data", waiver.ResidualRisk);
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 23, 0, 0, TimeSpan.Zero), waiver.Expires);
    }

    [Fact]
    public void A_missing_file_means_no_waivers()
    {
        Assert.Empty(WaiverFile.Load(Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.json"), Controls, Config));
    }

    [Fact]
    public void An_unknown_control_is_an_error_with_its_pointer()
    {
        Assert.Contains("waivers.json: #/waivers/0/controlId: unknown control 'NOPE-01'", ErrorOf(File(Item(control: "NOPE-01"))), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_field_is_an_error_with_its_pointer()
    {
        const string json = """{ "waivers": [ { "id": "WVR-0001", "controlId": "BKP-DB-03", "justification": "x", "created": "2026-11-01T00:00:00Z", "expires": "2026-12-01T00:00:00Z" } ] }""";

        Assert.Contains("waivers.json: #/waivers/0/approver: required property is missing", ErrorOf(json), StringComparison.Ordinal);
    }

    [Fact]
    public void An_instant_without_offset_is_an_error()
    {
        Assert.Contains("#/waivers/0/expires: not an instant with Z or an offset", ErrorOf(File(Item(expires: "2026-12-31T23:00:00"))), StringComparison.Ordinal);
    }

    [Fact]
    public void Expiry_not_after_creation_is_an_error()
    {
        Assert.Contains("#/waivers/0/expires: expires 2026-10-01T00:00:00Z is not after created 2026-11-01T00:00:00Z", ErrorOf(File(Item(expires: "2026-10-01T00:00:00Z"))), StringComparison.Ordinal);
    }

    [Fact]
    public void A_waiver_longer_than_the_maximum_duration_is_an_error()
    {
        Assert.Contains("longer than the 365 days allowed (waivers.maxDurationDays", ErrorOf(File(Item(expires: "2027-11-02T00:00:00Z"))), StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_ids_are_an_error()
    {
        Assert.Contains("#/waivers/1/id: duplicate id 'WVR-0001' (also #/waivers/0)", ErrorOf(File(Item(), Item(control: "SEC-AUTH-01"))), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_error_of_every_waiver_is_listed_at_once()
    {
        var message = ErrorOf(File(
            Item(control: "NOPE-01"),
            """{ "id": "WVR-0002", "controlId": "BKP-DB-03", "approver": "a", "created": "2026-11-01T00:00:00", "expires": "2026-12-01T00:00:00Z" }""",
            Item(id: "WVR-0003", expires: "2026-10-01T00:00:00Z")));

        Assert.Contains("has 4 error(s)", message, StringComparison.Ordinal);
        Assert.Contains("#/waivers/0/controlId", message, StringComparison.Ordinal);
        Assert.Contains("#/waivers/1/justification: required property is missing", message, StringComparison.Ordinal);
        Assert.Contains("#/waivers/1/created: not an instant", message, StringComparison.Ordinal);
        Assert.Contains("#/waivers/2/expires", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_properties_are_refused_so_a_misspelt_field_is_not_silently_ignored()
    {
        Assert.Contains("#/waivers/0/expiry: unknown property", ErrorOf(File(Item(extra: """, "expiry": "2026-12-01T00:00:00Z" """))), StringComparison.Ordinal);
    }
}
