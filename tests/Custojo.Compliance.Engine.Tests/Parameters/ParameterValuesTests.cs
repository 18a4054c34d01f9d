using System.Text.Json;
using Custojo.Compliance.Engine.Parameters;
using Custojo.Compliance.Sdk.Controls;

namespace Custojo.Compliance.Engine.Tests.Parameters;

public sealed class ParameterValuesTests
{
    private static readonly ControlDefinition Control = ParameterControls.EveryType;

    [Fact]
    public void Without_overrides_every_parameter_has_its_default()
    {
        var resolution = ParameterValues.Resolve(Control, null);

        Assert.True(resolution.IsValid);
        Assert.Equal(TimeSpan.FromHours(24), resolution.Values["maxGap"]);
        Assert.Equal(7, resolution.Values.Count);
    }

    [Fact]
    public void Overrides_replace_defaults_in_the_declared_types()
    {
        var resolution = ParameterValues.Resolve(Control, Json("""
            {"maxGap": "1d 12h", "retries": 5, "quotaBytes": 50000000000, "minHitRate": 0.95, "requireMfa": false,
             "environment": "staging", "hosts": ["db1", "db2"]}
            """));

        Assert.True(resolution.IsValid, string.Join('\n', resolution.Errors));
        Assert.Equal(TimeSpan.FromHours(36), resolution.Values["maxGap"]);
        Assert.Equal(5, resolution.Values["retries"]);
        Assert.Equal(50_000_000_000L, resolution.Values["quotaBytes"]);
        Assert.Equal(0.95, resolution.Values["minHitRate"]);
        Assert.Equal(false, resolution.Values["requireMfa"]);
        Assert.Equal("staging", resolution.Values["environment"]);
        Assert.Equal(["db1", "db2"], (string[])resolution.Values["hosts"]);
    }

    [Theory]
    [InlineData("\"90s\"", 90)]
    [InlineData("\"30m\"", 1800)]
    [InlineData("\"6h\"", 21600)]
    [InlineData("\"7d\"", 604800)]
    [InlineData("\"2w\"", 1209600)]
    [InlineData("\"PT30M\"", 1800)]
    [InlineData("\"P1DT12H\"", 129600)]
    public void Durations_accept_compact_units_and_iso_8601(string json, int seconds)
    {
        Assert.True(ParameterValues.TryParse("BKP-DB-01", Control.Parameters[0], Json(json), out var value, out _));
        Assert.Equal(TimeSpan.FromSeconds(seconds), value);
    }

    [Theory]
    [InlineData("maxGap", "\"thirty\"", "parameters.BKP-DB-01.maxGap: expected a duration like \"30m\", \"6h\", \"7d\" or ISO 8601 \"PT30M\", got \"thirty\".")]
    [InlineData("maxGap", "30", "parameters.BKP-DB-01.maxGap: expected a duration like \"30m\", \"6h\", \"7d\" or ISO 8601 \"PT30M\", got 30.")]
    [InlineData("maxGap", "\"-5m\"", "parameters.BKP-DB-01.maxGap: expected a duration like \"30m\", \"6h\", \"7d\" or ISO 8601 \"PT30M\", got \"-5m\".")]
    [InlineData("retries", "3.5", "parameters.BKP-DB-01.retries: expected a whole number from -2147483648 to 2147483647, got 3.5.")]
    [InlineData("retries", "\"3\"", "parameters.BKP-DB-01.retries: expected a whole number from -2147483648 to 2147483647, got \"3\".")]
    [InlineData("retries", "4294967296", "parameters.BKP-DB-01.retries: expected a whole number from -2147483648 to 2147483647, got 4294967296.")]
    [InlineData("quotaBytes", "1e30", "parameters.BKP-DB-01.quotaBytes: expected a whole number from -9223372036854775808 to 9223372036854775807, got 1e30.")]
    [InlineData("minHitRate", "\"high\"", "parameters.BKP-DB-01.minHitRate: expected a number, got \"high\".")]
    [InlineData("requireMfa", "\"yes\"", "parameters.BKP-DB-01.requireMfa: expected true or false, got \"yes\".")]
    [InlineData("environment", "5", "parameters.BKP-DB-01.environment: expected a string, got 5.")]
    [InlineData("environment", "null", "parameters.BKP-DB-01.environment: expected a string, got null.")]
    [InlineData("hosts", "\"db1\"", "parameters.BKP-DB-01.hosts: expected an array of strings, got \"db1\".")]
    [InlineData("hosts", "[\"db1\", 5]", "parameters.BKP-DB-01.hosts[1]: expected a string, got 5.")]
    public void A_value_of_the_wrong_type_is_refused_naming_control_parameter_expected_type_and_value(string name, string json, string expected)
    {
        var resolution = ParameterValues.Resolve(Control, Json($"{{\"{name}\": {json}}}"));

        var error = Assert.Single(resolution.Errors);
        Assert.Equal(expected, error.ToString());
        Assert.False(resolution.IsValid);
    }

    [Fact]
    public void All_errors_are_reported_at_once()
    {
        var resolution = ParameterValues.Resolve(Control, Json("""{"maxGap": "soon", "retries": "many", "requireMfa": 1}"""));

        Assert.Equal(["parameters.BKP-DB-01.maxGap", "parameters.BKP-DB-01.requireMfa", "parameters.BKP-DB-01.retries"], resolution.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unknown_parameter_is_refused_with_the_declared_names_and_a_hint()
    {
        var resolution = ParameterValues.Resolve(Control, Json("""{"maxgap": "6h"}"""));

        Assert.Equal(
            "parameters.BKP-DB-01.maxgap: the control declares no parameter \"maxgap\"; it declares environment, hosts, maxGap, minHitRate, quotaBytes, requireMfa, retries. Did you mean \"maxGap\"?",
            Assert.Single(resolution.Errors).ToString());
    }

    [Fact]
    public void An_override_for_a_control_without_parameters_is_refused()
    {
        var control = Control with { Parameters = [] };

        var error = Assert.Single(ParameterValues.Resolve(control, Json("""{"maxGap": "6h"}""")).Errors);

        Assert.Equal("parameters.BKP-DB-01.maxGap: the control declares no parameters; remove this value.", error.ToString());
    }

    [Fact]
    public void Overrides_that_are_not_an_object_are_refused()
    {
        var error = Assert.Single(ParameterValues.Resolve(Control, Json("[\"6h\"]")).Errors);

        Assert.Equal("parameters.BKP-DB-01: expected an object of parameter values such as {\"maxGap\": \"30m\"}, got [\"6h\"].", error.ToString());
    }

    [Fact]
    public void A_parameter_given_twice_is_refused()
    {
        var error = Assert.Single(ParameterValues.Resolve(Control, Json("""{"maxGap": "6h", "maxGap": "7h"}""")).Errors);

        Assert.Equal("parameters.BKP-DB-01.maxGap: is given more than once; keep one value.", error.ToString());
    }

    [Fact]
    public void A_declared_type_that_is_not_supported_is_reported()
    {
        var control = Control with { Parameters = [new("since", typeof(DateTime), DateTime.UnixEpoch, "Start")] };

        var error = Assert.Single(ParameterValues.Resolve(control, null).Errors);

        Assert.Equal("parameters.BKP-DB-01.since: parameter type DateTime is not supported; declare it as TimeSpan, int, long, double, bool, string or string[].", error.ToString());
    }

    [Fact]
    public void A_long_value_is_shortened_in_the_message()
    {
        var error = Assert.Single(ParameterValues.Resolve(Control, Json($"{{\"retries\": \"{new string('x', 200)}\"}}")).Errors);

        Assert.EndsWith($"got \"{new string('x', 79)}….", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1800, "30m")]
    [InlineData(21600, "6h")]
    [InlineData(129600, "1d 12h")]
    [InlineData(604800, "7d")]
    public void Durations_render_in_the_compact_notation(int seconds, string expected) =>
        Assert.Equal(expected, ParameterValues.Format(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void Values_render_invariantly_and_deterministically()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");

            var rendered = ParameterValues.Resolve(Control, Json("""{"minHitRate": 0.1, "hosts": ["db1", "büro › 2"]}""")).Rendered;

            Assert.Equal(
                ["environment=production", "hosts=[\"db1\",\"büro › 2\"]", "maxGap=1d", "minHitRate=0.1", "quotaBytes=10000000000", "requireMfa=true", "retries=3"],
                rendered.Select(p => $"{p.Key}={p.Value}"));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Rendered_durations_read_back_to_the_same_value()
    {
        var original = TimeSpan.FromHours(36) + TimeSpan.FromSeconds(1.5);
        var rendered = ParameterValues.Format(original);

        Assert.True(ParameterValues.TryParse("BKP-DB-01", Control.Parameters[0], Json($"\"{rendered}\""), out var value, out _));
        Assert.Equal(original, value);
    }

    private static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
