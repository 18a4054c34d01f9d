using Custojo.Compliance.Reporting.Model;
using Custojo.Compliance.Reporting.Tests.Fixtures;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Reporting.Tests.Model;

public sealed class ComplianceScoreTests
{
    [Fact]
    public void Score_is_passed_over_controls_minus_not_applicable_with_one_decimal()
    {
        // Given 2 pass, 1 fail, 1 no-evidence, 1 error, 1 waived, 1 not-applicable
        var score = ComplianceScore.Compute(SampleRuns.Demo());

        // Then 2 / 6 = 33.3 %
        Assert.Equal(33.3, score);
    }

    [Fact]
    public void Score_is_null_when_every_control_is_not_applicable()
    {
        var run = SampleRuns.Run("r", [SampleRuns.Control("A-1", "t", "low", "S", ["R"], Outcome.NotApplicable, "n/a")]);

        Assert.Null(ComplianceScore.Compute(run));
    }

    [Fact]
    public void Score_rounds_half_away_from_zero()
    {
        // 1 of 8 = 12.5 exactly; 1 of 16 = 6.25 -> 6.3
        Assert.Equal(6.3, ComplianceScore.Of(1, 16));
        Assert.Equal(12.5, ComplianceScore.Of(1, 8));
    }
}
