namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>An exercise of a disaster-recovery scenario with the recovery times and points achieved.</summary>
[EvidenceKind("recovery-test", "testedAt", SubjectProperty = "scenario",
    Description = "A disaster-recovery exercise with its scenario, outcome and RTO/RPO targets and achievements; from the exercise report.")]
public sealed record RecoveryTest : EvidenceRecord
{
    public required string Scenario { get; init; }
    public required DateTimeOffset TestedAt { get; init; }
    public required OperationOutcome Outcome { get; init; }
    public int? RtoTargetMinutes { get; init; }
    public int? RtoAchievedMinutes { get; init; }
    public int? RpoTargetMinutes { get; init; }
    public int? RpoAchievedMinutes { get; init; }

    public static RecoveryTest Example { get; } = new()
    {
        Scenario = "database-server-loss",
        TestedAt = new DateTimeOffset(2026, 9, 20, 9, 0, 0, TimeSpan.Zero),
        Outcome = OperationOutcome.Success,
        RtoTargetMinutes = 240,
        RtoAchievedMinutes = 135,
        RpoTargetMinutes = 30,
        RpoAchievedMinutes = 12,
    };
}
