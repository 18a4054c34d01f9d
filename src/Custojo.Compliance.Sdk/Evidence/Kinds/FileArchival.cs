namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>A run moving old files to archive storage.</summary>
[EvidenceKind("file-archival", "archivedAt", SubjectProperty = "volume",
    Description = "An archival run with the number and size of files older than a cut-off moved to archive; from the archival job's log.")]
public sealed record FileArchival : EvidenceRecord
{
    public required string Volume { get; init; }
    public required DateTimeOffset ArchivedAt { get; init; }
    public required long FilesArchived { get; init; }
    public required long BytesArchived { get; init; }
    public required int OlderThanDays { get; init; }
    public required OperationOutcome Outcome { get; init; }

    public static FileArchival Example { get; } = new()
    {
        Volume = "/srv/custojo/uploads",
        ArchivedAt = new DateTimeOffset(2026, 11, 1, 4, 0, 0, TimeSpan.Zero),
        FilesArchived = 18_422,
        BytesArchived = 9_663_676_416,
        OlderThanDays = 365,
        Outcome = OperationOutcome.Success,
    };
}
