namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>A deployment of a product version to an environment, under a change id.</summary>
[EvidenceKind("update-deployment", "startedAt", SubjectProperty = "product",
    Description = "A deployment of a product update to staging or production with its change id, outcome, release-notes review and monitoring; from the deployment tool or change system.")]
public sealed record UpdateDeployment : EvidenceRecord
{
    public required string DeploymentId { get; init; }

    /// <summary>The change the deployment belongs to; links notices, backups and test runs of the same change.</summary>
    public required string ChangeId { get; init; }

    public required string Product { get; init; }
    public required string Version { get; init; }
    public string? FromVersion { get; init; }
    public required bool Major { get; init; }
    public required DeploymentEnvironment Environment { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public required DeploymentOutcome Outcome { get; init; }
    public required bool ReleaseNotesReviewed { get; init; }

    /// <summary>The documented update procedure followed, e.g. a runbook link.</summary>
    public string? ProcedureRef { get; init; }

    /// <summary>Until when the system was watched after the deployment.</summary>
    public DateTimeOffset? MonitoredUntil { get; init; }

    public static UpdateDeployment Example { get; } = new()
    {
        DeploymentId = "deploy-2026-11-07-01",
        ChangeId = "CHG-2291",
        Product = "custojo",
        Version = "8.4.0",
        FromVersion = "8.3.2",
        Major = false,
        Environment = DeploymentEnvironment.Production,
        StartedAt = new DateTimeOffset(2026, 11, 7, 22, 0, 0, TimeSpan.Zero),
        CompletedAt = new DateTimeOffset(2026, 11, 7, 22, 18, 0, TimeSpan.Zero),
        Outcome = DeploymentOutcome.Success,
        ReleaseNotesReviewed = true,
        ProcedureRef = "runbooks/update-procedure.md",
        MonitoredUntil = new DateTimeOffset(2026, 11, 8, 0, 0, 0, TimeSpan.Zero),
    };
}
