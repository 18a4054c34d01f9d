using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Reporting.Model;

/// <summary>The one spelling of outcomes in every output (kebab-case), their display labels and their order.</summary>
internal static class OutcomeNames
{
    /// <summary>Every outcome in report order: pass first, then the outcomes that need attention.</summary>
    public static IReadOnlyList<Outcome> All { get; } =
        [Outcome.Pass, Outcome.Fail, Outcome.Error, Outcome.NoEvidence, Outcome.Waived, Outcome.NotApplicable];

    public static string Name(Outcome outcome) => Engine.Runs.OutcomeSpelling.Name(outcome);

    public static string Label(Outcome outcome) => outcome switch
    {
        Outcome.Pass => "Pass",
        Outcome.Fail => "Fail",
        Outcome.NotApplicable => "Not applicable",
        Outcome.NoEvidence => "No evidence",
        Outcome.Error => "Error",
        Outcome.Waived => "Waived",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome."),
    };

    /// <summary>What the outcome means, for the scope-and-method section and the docs.</summary>
    public static string Meaning(Outcome outcome) => outcome switch
    {
        Outcome.Pass => "The evidence shows the requirement was met over the whole audit period.",
        Outcome.Fail => "The evidence shows the requirement was not met; the findings say where and when.",
        Outcome.NotApplicable => "The requirement does not apply to this installation in this period; excluded from the score.",
        Outcome.NoEvidence => "The evidence the control needs is absent or stale; never counted as a pass.",
        Outcome.Error => "The control could not be evaluated (analysis error, exception or time limit); counts against the score.",
        Outcome.Waived => "A valid waiver covers the control; the deviation is accepted but counts against the score.",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome."),
    };

    /// <summary>How bad an outcome is when several controls implement one requirement: higher is worse.</summary>
    public static int Gravity(Outcome outcome) => outcome switch
    {
        Outcome.NotApplicable => 0,
        Outcome.Pass => 1,
        Outcome.Waived => 2,
        Outcome.NoEvidence => 3,
        Outcome.Fail => 4,
        Outcome.Error => 5,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome."),
    };
}
