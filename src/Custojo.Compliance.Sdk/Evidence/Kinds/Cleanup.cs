namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>A clean-up of temporary files, old logs, stale sessions or cache files on a host.</summary>
[EvidenceKind("cleanup", "performedAt", SubjectProperty = "host",
    Description = "A clean-up run (temp files, logs, sessions, cache) with files removed and bytes freed; from tmpfiles, logrotate or a clean-up script.")]
public sealed record Cleanup : EvidenceRecord
{
    public required CleanupTarget Target { get; init; }
    public required DateTimeOffset PerformedAt { get; init; }
    public required string Host { get; init; }
    public required long FilesRemoved { get; init; }
    public required long BytesFreed { get; init; }
    public required OperationOutcome Outcome { get; init; }

    public static Cleanup Example { get; } = new()
    {
        Target = CleanupTarget.TempFiles,
        PerformedAt = new DateTimeOffset(2026, 11, 1, 2, 30, 0, TimeSpan.Zero),
        Host = "app-01",
        FilesRemoved = 3_204,
        BytesFreed = 1_288_490_188,
        Outcome = OperationOutcome.Success,
    };
}
