namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>One run of a test suite (automated, regression, integration, compatibility or smoke) with its counts.</summary>
[EvidenceKind("test-run", "startedAt", SubjectProperty = "suite",
    Description = "A test suite run with passed, failed and skipped counts; from CI (JUnit/TRX summaries).")]
public sealed record TestRun : EvidenceRecord
{
    public required string Suite { get; init; }
    public required TestType Type { get; init; }

    /// <summary>Where the tests ran, e.g. <c>staging</c> or <c>ci</c>.</summary>
    public required string Environment { get; init; }

    /// <summary>The product version under test.</summary>
    public string? Version { get; init; }

    /// <summary>The change the run validates, when it is part of an update.</summary>
    public string? ChangeId { get; init; }

    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public required int Passed { get; init; }
    public required int Failed { get; init; }
    public required int Skipped { get; init; }
    public required CheckOutcome Outcome { get; init; }

    public static TestRun Example { get; } = new()
    {
        Suite = "regression",
        Type = TestType.Regression,
        Environment = "staging",
        Version = "8.4.0",
        ChangeId = "CHG-2291",
        StartedAt = new DateTimeOffset(2026, 11, 5, 14, 0, 0, TimeSpan.Zero),
        CompletedAt = new DateTimeOffset(2026, 11, 5, 14, 42, 0, TimeSpan.Zero),
        Passed = 1284,
        Failed = 0,
        Skipped = 12,
        Outcome = CheckOutcome.Passed,
    };
}
