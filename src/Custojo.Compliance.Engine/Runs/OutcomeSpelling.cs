using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Engine.Runs;

/// <summary>The names outcomes have in every output: pass, fail, not-applicable, no-evidence, error, waived.</summary>
public static class OutcomeSpelling
{
    public static string Name(Outcome outcome) => outcome switch
    {
        Outcome.Pass => "pass",
        Outcome.Fail => "fail",
        Outcome.NotApplicable => "not-applicable",
        Outcome.NoEvidence => "no-evidence",
        Outcome.Error => "error",
        Outcome.Waived => "waived",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome."),
    };

    public static bool TryParse(string name, out Outcome outcome)
    {
        foreach (var candidate in Enum.GetValues<Outcome>())
        {
            if (Name(candidate) == name)
            {
                outcome = candidate;
                return true;
            }
        }
        outcome = default;
        return false;
    }
}
