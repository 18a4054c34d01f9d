namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>A restoration of backed-up data into an environment to prove the backup can be restored.</summary>
[EvidenceKind("restore-test", "startedAt",
    Description = "A restore test (automated to staging or a manual quarterly test) with its scope, outcome, duration and documentation.")]
public sealed record RestoreTest : EvidenceRecord
{
    public required RestoreScope Scope { get; init; }
    public required RestoreEnvironment TargetEnvironment { get; init; }
    public required bool Automated { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset CompletedAt { get; init; }
    public required OperationOutcome Outcome { get; init; }
    public double? DurationSeconds { get; init; }

    /// <summary>How many randomly selected files were restored and compared (file sampling tests).</summary>
    public int? FilesSampled { get; init; }

    /// <summary>Whether the procedure and its result were written down.</summary>
    public required bool Documented { get; init; }

    public string? DocumentRef { get; init; }

    public static RestoreTest Example { get; } = new()
    {
        Scope = RestoreScope.Full,
        TargetEnvironment = RestoreEnvironment.Staging,
        Automated = false,
        StartedAt = new DateTimeOffset(2026, 9, 28, 9, 0, 0, TimeSpan.Zero),
        CompletedAt = new DateTimeOffset(2026, 9, 28, 10, 41, 0, TimeSpan.Zero),
        Outcome = OperationOutcome.Success,
        DurationSeconds = 6060,
        Documented = true,
        DocumentRef = "wiki/ops/restore-test-2026-q3",
    };
}
