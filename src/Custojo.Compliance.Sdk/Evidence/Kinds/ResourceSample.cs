namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>CPU, memory and disk usage of a host at one instant.</summary>
[EvidenceKind("resource-sample", "sampledAt", SubjectProperty = "host",
    Description = "CPU, memory and disk usage (percent) of a host at one instant; from sar/sadf, node exporter or a monitoring agent.")]
public sealed record ResourceSample : EvidenceRecord
{
    public required string Host { get; init; }
    public required DateTimeOffset SampledAt { get; init; }
    public required double CpuPercent { get; init; }
    public required double MemoryPercent { get; init; }
    public required double DiskPercent { get; init; }

    /// <summary>The mount point the disk figure is for; the fullest volume when absent.</summary>
    public string? Mount { get; init; }

    public static ResourceSample Example { get; } = new()
    {
        Host = "app-01",
        SampledAt = new DateTimeOffset(2026, 11, 2, 12, 0, 0, TimeSpan.Zero),
        CpuPercent = 23.5,
        MemoryPercent = 61.2,
        DiskPercent = 48.0,
        Mount = "/",
    };
}
