using System.Text.Json;
using Custojo.Compliance.EndToEnd.Tests.Support;

namespace Custojo.Compliance.EndToEnd.Tests.Waivers;

/// <summary>Governed waivers end to end: written by waiver add or by hand, applied by check, refused when invalid.</summary>
public sealed class WaiverTests(WaiverWorkspace workspace) : IClassFixture<WaiverWorkspace>
{
    private static string Waiver(string id, string control, string created, string expires, string extra = "") =>
        $$"""{ "id": "{{id}}", "controlId": "{{control}}", "justification": "Storage migration", "approver": "Dana Ops", "ticket": "CHG-2411", "created": "{{created}}", "expires": "{{expires}}"{{extra}} }""";

    private CliResult Check(string waivers, string format = "json") =>
        workspace.Run("check", "--last", "30d", "--controls", "BKP-DB-03", "--waivers", waivers, "--format", format);

    private static JsonElement OnlyResult(CliResult result) =>
        JsonDocument.Parse(result.Stdout).RootElement.GetProperty("results").EnumerateArray().Single();

    [Fact]
    public void An_active_waiver_makes_the_control_waived_keeps_the_underlying_fail_and_no_longer_fails_the_exit_code()
    {
        Assert.True(workspace.Result.ExitCode == 0, workspace.Result.ToString());
        var file = Path.Combine(workspace.Root, "active.json");
        var added = workspace.Run("waiver", "add", "--control", "BKP-DB-03", "--justification", "Storage migration", "--approver", "Dana Ops", "--expires", "60d", "--ticket", "CHG-2411", "--waivers", file);
        Assert.True(added.ExitCode == 0, added.ToString());
        Assert.Equal("WVR-0001", added.Stdout.Trim());

        var json = Check(file);
        var table = Check(file, "table");

        Assert.True(json.ExitCode == 0, json.ToString());
        var result = OnlyResult(json);
        Assert.Equal("waived", result.GetProperty("outcome").GetString());
        Assert.Equal("fail", result.GetProperty("waiver").GetProperty("underlyingOutcome").GetString());
        Assert.Equal("fail — waived by Dana Ops until 2027-01-23 10:00 +01:00, CHG-2411", result.GetProperty("waiver").GetProperty("text").GetString());
        Assert.Contains(result.GetProperty("findings").EnumerateArray(), f => f.GetProperty("message").GetString()!.Contains("47m", StringComparison.Ordinal));
        Assert.Contains("fail — waived by Dana Ops until 2027-01-23 10:00 +01:00, CHG-2411", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 waived", table.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_diff_shows_a_waiver_added_as_resolved_and_its_expiry_as_a_regression()
    {
        var none = workspace.WaiversFile("diff-none.json");
        var active = workspace.WaiversFile("diff-active.json", Waiver("WVR-0010", "BKP-DB-03", "2026-11-01T00:00:00Z", "2027-01-01T00:00:00Z"));
        var expired = workspace.WaiversFile("diff-expired.json", Waiver("WVR-0010", "BKP-DB-03", "2026-09-01T00:00:00Z", "2026-11-01T00:00:00Z"));
        var runs = new[] { none, active, expired }.Select(file => JsonDocument.Parse(Check(file).Stdout).RootElement.GetProperty("runId").GetString()!).ToArray();

        var accepted = workspace.Run("diff", runs[0], runs[1], "--format", "json");
        var lapsed = workspace.Run("diff", runs[1], runs[2], "--format", "json");

        Assert.True(accepted.ExitCode == 0, accepted.ToString());
        var first = JsonDocument.Parse(accepted.Stdout).RootElement;
        Assert.Equal("BKP-DB-03", Assert.Single(first.GetProperty("resolved").EnumerateArray()).GetProperty("controlId").GetString());
        var added = Assert.Single(first.GetProperty("waiverChanges").EnumerateArray());
        Assert.Equal(("added", "WVR-0010", "active"), (added.GetProperty("change").GetString(), added.GetProperty("after").GetProperty("id").GetString(), added.GetProperty("after").GetProperty("state").GetString()));

        Assert.Equal(1, lapsed.ExitCode);
        var second = JsonDocument.Parse(lapsed.Stdout).RootElement;
        Assert.True(second.GetProperty("regression").GetBoolean());
        Assert.Equal("BKP-DB-03", Assert.Single(second.GetProperty("newFailures").EnumerateArray()).GetProperty("controlId").GetString());
        var changed = Assert.Single(second.GetProperty("waiverChanges").EnumerateArray());
        Assert.Equal(("changed", "active", "expired"), (changed.GetProperty("change").GetString(), changed.GetProperty("before").GetProperty("state").GetString(), changed.GetProperty("after").GetProperty("state").GetString()));
    }

    [Fact]
    public void An_expired_waiver_is_not_applied_and_is_reported()
    {
        var file = workspace.WaiversFile("expired.json", Waiver("WVR-0002", "BKP-DB-03", "2026-09-01T00:00:00Z", "2026-11-01T00:00:00Z"));

        var result = Check(file);

        Assert.Equal(1, result.ExitCode);
        var control = OnlyResult(result);
        Assert.Equal("fail", control.GetProperty("outcome").GetString());
        Assert.False(control.GetProperty("waiver").GetProperty("applied").GetBoolean());
        Assert.Equal("fail — waiver WVR-0002 expired 2026-11-01 01:00 +01:00, not applied", control.GetProperty("waiver").GetProperty("text").GetString());
        Assert.Contains("warning: waiver WVR-0002 for BKP-DB-03 expired 2026-11-01 01:00 +01:00 and was not applied", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_waiver_expiring_within_the_warning_period_applies_with_a_warning()
    {
        var file = workspace.WaiversFile("soon.json", Waiver("WVR-0003", "BKP-DB-03", "2026-11-01T00:00:00Z", "2026-12-01T09:00:00Z"));

        var result = Check(file);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("expiring-soon", OnlyResult(result).GetProperty("waiver").GetProperty("state").GetString());
        Assert.Contains("warning: waiver WVR-0003 for BKP-DB-03 expires 2026-12-01 10:00 +01:00, in 7 day(s)", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Waiver_list_shows_each_waiver_with_its_state_and_days_left()
    {
        var file = workspace.WaiversFile("list.json",
            Waiver("WVR-0001", "BKP-DB-03", "2026-11-01T00:00:00Z", "2027-01-01T00:00:00Z"),
            Waiver("WVR-0002", "SEC-AUTH-01", "2026-09-01T00:00:00Z", "2026-11-01T00:00:00Z"),
            Waiver("WVR-0003", "SEC-ACC-01", "2026-11-01T00:00:00Z", "2026-12-01T09:00:00Z"));

        var json = workspace.Run("waiver", "list", "--waivers", file, "--format", "json");
        var table = workspace.Run("waiver", "list", "--waivers", file);

        Assert.True(json.ExitCode == 0, json.ToString());
        var states = JsonDocument.Parse(json.Stdout).RootElement.EnumerateArray()
            .Select(w => $"{w.GetProperty("id").GetString()} {w.GetProperty("state").GetString()} {w.GetProperty("daysLeft").GetInt32()}");
        Assert.Equal(["WVR-0001 active 38", "WVR-0002 expired 0", "WVR-0003 expiring-soon 7"], states);
        Assert.Contains("expiring-soon", table.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NOPE-01", "60d", "--control: unknown control 'NOPE-01'")]
    [InlineData("BKP-DB-03", "400d", "--expires: the waiver lasts 400 days, longer than the 365 days allowed")]
    [InlineData("BKP-DB-03", "2026-12-31T00:00:00", "--expires 2026-12-31T00:00:00: use an instant with Z or an offset")]
    public void Waiver_add_refuses_an_invalid_waiver_with_exit_2_and_leaves_the_file_untouched(string control, string expires, string expected)
    {
        var file = workspace.WaiversFile($"add-{Guid.NewGuid():N}.json", Waiver("WVR-0001", "BKP-DB-03", "2026-11-01T00:00:00Z", "2027-01-01T00:00:00Z"));
        var before = File.ReadAllBytes(file);

        var result = workspace.Run("waiver", "add", "--control", control, "--justification", "x", "--approver", "y", "--expires", expires, "--waivers", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(file));
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void Waiver_add_without_a_required_option_is_bad_usage()
    {
        var result = workspace.Run("waiver", "add", "--control", "BKP-DB-03", "--justification", "x", "--expires", "30d");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Missing --approver", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unknown", "{ \"id\": \"W-1\", \"controlId\": \"NOPE-01\", \"justification\": \"j\", \"approver\": \"a\", \"created\": \"2026-11-01T00:00:00Z\", \"expires\": \"2026-12-01T00:00:00Z\" }", "#/waivers/0/controlId: unknown control 'NOPE-01'")]
    [InlineData("missing", "{ \"id\": \"W-1\", \"controlId\": \"BKP-DB-03\", \"approver\": \"a\", \"created\": \"2026-11-01T00:00:00Z\", \"expires\": \"2026-12-01T00:00:00Z\" }", "#/waivers/0/justification: required property is missing")]
    [InlineData("too-long", "{ \"id\": \"W-1\", \"controlId\": \"BKP-DB-03\", \"justification\": \"j\", \"approver\": \"a\", \"created\": \"2026-01-01T00:00:00Z\", \"expires\": \"2027-06-01T00:00:00Z\" }", "#/waivers/0/expires: the waiver lasts 516 days")]
    public void Check_refuses_an_invalid_waivers_file_with_exit_2_and_records_no_run(string name, string waiver, string expected)
    {
        var file = workspace.WaiversFile($"invalid-{name}.json", waiver);
        var before = File.ReadAllBytes(file);
        var runsBefore = RunCount();

        var result = Check(file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Stderr, StringComparison.Ordinal);
        Assert.Contains(file, result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
        Assert.Equal(before, File.ReadAllBytes(file));
        Assert.Equal(runsBefore, RunCount());
    }

    [Fact]
    public void Check_with_a_waivers_file_that_does_not_exist_is_bad_input()
    {
        var result = Check(Path.Combine(workspace.Root, "no-such-waivers.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--waivers", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("no such file", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Waiver_schema_prints_the_published_schema()
    {
        var result = workspace.Run("waiver", "schema");

        Assert.Equal(0, result.ExitCode);
        var schema = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal("Custojo waivers", schema.GetProperty("title").GetString());
        Assert.Equal(result.Stdout.TrimEnd(), File.ReadAllText(Path.Combine(workspace.Root, ".custojo", "waivers.schema.json")).TrimEnd());
    }

    private int RunCount() => JsonDocument.Parse(workspace.Run("runs", "list", "--format", "json").Stdout).RootElement.GetArrayLength();
}
