namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>Used space, quota and capacity of a storage volume at one instant.</summary>
[EvidenceKind("storage-usage", "sampledAt", SubjectProperty = "volume",
    Description = "Used bytes, quota and capacity of a volume or file store; from df/findmnt or the storage quota report.")]
public sealed record StorageUsage : EvidenceRecord
{
    public required string Volume { get; init; }
    public string? Host { get; init; }
    public required DateTimeOffset SampledAt { get; init; }
    public required long UsedBytes { get; init; }

    /// <summary>The configured quota; absent when no quota is set.</summary>
    public long? QuotaBytes { get; init; }

    public required long CapacityBytes { get; init; }

    public static StorageUsage Example { get; } = new()
    {
        Volume = "/srv/custojo/uploads",
        Host = "app-01",
        SampledAt = new DateTimeOffset(2026, 11, 2, 6, 0, 0, TimeSpan.Zero),
        UsedBytes = 214_748_364_800,
        QuotaBytes = 322_122_547_200,
        CapacityBytes = 536_870_912_000,
    };
}
