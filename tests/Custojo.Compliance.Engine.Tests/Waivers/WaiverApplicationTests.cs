using Custojo.Compliance.Engine.Waivers;
using Custojo.Compliance.Sdk.Results;
using static Custojo.Compliance.Engine.Tests.Waivers.Waivers;

namespace Custojo.Compliance.Engine.Tests.Waivers;

public sealed class WaiverApplicationTests
{
    [Fact]
    public void An_active_waiver_turns_a_fail_into_waived_and_keeps_the_underlying_outcome_and_findings()
    {
        var result = WaiverApplication.Apply([Result("BKP-DB-03", Outcome.Fail, "db-01")], Set(Waiver("WVR-0001", "BKP-DB-03", Now.AddDays(30)))).Single();

        Assert.Equal(Outcome.Waived, result.Outcome);
        Assert.True(result.Waiver!.Applied);
        Assert.Equal(WaiverState.Active, result.Waiver.State);
        Assert.Equal(Outcome.Fail, result.Waiver.UnderlyingOutcome);
        Assert.Single(result.Findings);
    }

    [Fact]
    public void No_evidence_is_waivable_too()
    {
        var result = WaiverApplication.Apply([Result("BKP-DB-03", Outcome.NoEvidence)], Set(Waiver("WVR-0001", "BKP-DB-03", Now.AddDays(30)))).Single();

        Assert.Equal(Outcome.Waived, result.Outcome);
        Assert.Equal(Outcome.NoEvidence, result.Waiver!.UnderlyingOutcome);
    }

    [Fact]
    public void An_expired_waiver_is_not_applied_and_says_when_it_expired()
    {
        var result = WaiverApplication.Apply([Result("BKP-DB-03", Outcome.Fail)], Set(Waiver("WVR-0002", "BKP-DB-03", Now.AddDays(-1)))).Single();

        Assert.Equal(Outcome.Fail, result.Outcome);
        Assert.False(result.Waiver!.Applied);
        Assert.Equal(WaiverState.Expired, result.Waiver.State);
        Assert.Contains("expired at 2026-11-23T09:00:00Z", result.Waiver.NotAppliedBecause, StringComparison.Ordinal);
    }

    [Fact]
    public void A_waiver_expiring_within_the_warning_period_applies_and_is_expiring_soon()
    {
        var result = WaiverApplication.Apply([Result("BKP-DB-03", Outcome.Fail)], Set(Waiver("WVR-0003", "BKP-DB-03", Now.AddDays(5)))).Single();

        Assert.Equal(Outcome.Waived, result.Outcome);
        Assert.Equal(WaiverState.ExpiringSoon, result.Waiver!.State);
    }

    [Fact]
    public void A_waiver_created_after_the_decision_instant_is_not_yet_valid()
    {
        var result = WaiverApplication.Apply([Result("BKP-DB-03", Outcome.Fail)], Set(Waiver("WVR-0004", "BKP-DB-03", Now.AddDays(40), created: Now.AddDays(1)))).Single();

        Assert.Equal(Outcome.Fail, result.Outcome);
        Assert.Equal(WaiverState.NotYetValid, result.Waiver!.State);
    }

    [Theory]
    [InlineData(Outcome.Pass)]
    [InlineData(Outcome.Error)]
    [InlineData(Outcome.NotApplicable)]
    public void Only_fail_and_no_evidence_are_waivable(Outcome outcome)
    {
        var result = WaiverApplication.Apply([Result("BKP-DB-03", outcome)], Set(Waiver("WVR-0001", "BKP-DB-03", Now.AddDays(30)))).Single();

        Assert.Equal(outcome, result.Outcome);
        Assert.False(result.Waiver!.Applied);
        Assert.NotNull(result.Waiver.NotAppliedBecause);
    }

    [Fact]
    public void A_scoped_waiver_applies_only_when_every_finding_subject_matches_its_pattern()
    {
        var set = Set(Waiver("WVR-0001", "SEC-ACC-01", Now.AddDays(30), scope: "greg.*"));

        var covered = WaiverApplication.Apply([Result("SEC-ACC-01", Outcome.Fail, "greg.former", "GREG.other")], set).Single();
        var partly = WaiverApplication.Apply([Result("SEC-ACC-01", Outcome.Fail, "greg.former", "frank.contractor")], set).Single();

        Assert.Equal(Outcome.Waived, covered.Outcome);
        Assert.Equal(Outcome.Fail, partly.Outcome);
        Assert.Contains("frank.contractor", partly.Waiver!.NotAppliedBecause, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_several_waivers_for_one_control_an_applicable_one_wins_over_an_expired_one()
    {
        var set = Set(Waiver("WVR-0001", "BKP-DB-03", Now.AddDays(-3)), Waiver("WVR-0002", "BKP-DB-03", Now.AddDays(60)));

        var result = WaiverApplication.Apply([Result("BKP-DB-03", Outcome.Fail)], set).Single();

        Assert.Equal("WVR-0002", result.Waiver!.Waiver.Id);
        Assert.True(result.Waiver.Applied);
    }

    [Fact]
    public void Controls_no_waiver_names_are_left_as_they_are()
    {
        var original = Result("BKP-DB-01", Outcome.Fail);

        var result = WaiverApplication.Apply([original], Set(Waiver("WVR-0001", "BKP-DB-03", Now.AddDays(30)))).Single();

        Assert.Same(original, result);
    }
}
