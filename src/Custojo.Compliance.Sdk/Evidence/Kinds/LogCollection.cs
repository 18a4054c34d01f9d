namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>A log shipment from a host: how many entries, errors and warnings were collected.</summary>
[EvidenceKind("log-collection", "collectedAt", SubjectProperty = "host",
    Description = "A periodic log collection summary (entries, errors, warnings) per source and host; from the log shipper or SIEM.")]
public sealed record LogCollection : EvidenceRecord
{
    public required LogCollectionSource Source { get; init; }
    public required string Host { get; init; }
    public required DateTimeOffset CollectedAt { get; init; }
    public required long Entries { get; init; }
    public required long Errors { get; init; }
    public required long Warnings { get; init; }

    public static LogCollection Example { get; } = new()
    {
        Source = LogCollectionSource.Application,
        Host = "app-01",
        CollectedAt = new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero),
        Entries = 182_004,
        Errors = 37,
        Warnings = 412,
    };
}
