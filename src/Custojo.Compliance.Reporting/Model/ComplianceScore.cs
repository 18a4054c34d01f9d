using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Reporting.Model;

/// <summary>
/// The overall score of a run: the share of scored controls that passed, as a percentage rounded to
/// one decimal (half away from zero). Scored controls are all evaluated controls except
/// <c>not-applicable</c> ones; <c>fail</c>, <c>no-evidence</c>, <c>error</c> and <c>waived</c> all count
/// against the score (a waiver accepts a deviation, it does not make the requirement met).
/// No scored control: no score (null), never 100 %.
/// </summary>
public static class ComplianceScore
{
    /// <summary>The formula as printed in every report.</summary>
    public const string Formula = "score = pass / (controls - not-applicable) x 100, rounded to one decimal";

    /// <summary>The score of <paramref name="run"/>, or null when no control was scored.</summary>
    public static double? Compute(RunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var passed = run.Results.Count(r => r.Outcome == Outcome.Pass);
        var scored = run.Results.Count(r => r.Outcome != Outcome.NotApplicable);
        return Of(passed, scored);
    }

    internal static double? Of(int passed, int scored) =>
        scored == 0 ? null : Math.Round(100.0 * passed / scored, 1, MidpointRounding.AwayFromZero);
}
