using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Engine.Drift;

/// <summary>
/// How bad an outcome is, for drift: 0 for <c>pass</c>, <c>not-applicable</c> and <c>waived</c> (nothing to do),
/// 1 for <c>no-evidence</c> and <c>error</c> (compliance cannot be shown), 2 for <c>fail</c> (shown not to comply).
/// A control regresses when its rank rises from one run to the next.
/// </summary>
public static class OutcomeRank
{
    public static int Of(Outcome outcome) => outcome switch
    {
        Outcome.Pass or Outcome.NotApplicable or Outcome.Waived => 0,
        Outcome.NoEvidence or Outcome.Error => 1,
        Outcome.Fail => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome."),
    };

    public static bool IsWorse(Outcome after, Outcome before) => Of(after) > Of(before);
}
