using Custojo.Compliance.Engine.Evaluation;
using Custojo.Compliance.Engine.Parameters;
using Custojo.Compliance.Engine.Tests.Parameters;
using Custojo.Compliance.Sdk.Controls;

namespace Custojo.Compliance.Engine.Tests.Drift;

public sealed class StoredParametersTests
{
    private static readonly ControlDefinition Control = ParameterControls.EveryType;

    [Fact]
    public void Parameters_as_a_run_rendered_them_resolve_to_the_same_values_of_every_type()
    {
        var stored = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["BKP-DB-01"] = new Dictionary<string, string>
            {
                ["maxGap"] = "1d 12h", ["retries"] = "5", ["quotaBytes"] = "50000000000", ["minHitRate"] = "0.95",
                ["requireMfa"] = "false", ["environment"] = "007", ["hosts"] = """["db1","db 2"]""",
            },
        };

        var overrides = StoredParameters.AsOverrides(Control, stored);
        var resolution = ParameterValues.Resolve(Control, System.Text.Json.JsonSerializer.SerializeToElement(overrides["BKP-DB-01"]));

        Assert.True(resolution.IsValid, string.Join("; ", resolution.Errors));
        Assert.Equal(stored["BKP-DB-01"], resolution.Rendered);
        Assert.Equal(TimeSpan.FromHours(36), resolution.Values["maxGap"]);
        Assert.Equal("007", resolution.Values["environment"]);
    }
}
