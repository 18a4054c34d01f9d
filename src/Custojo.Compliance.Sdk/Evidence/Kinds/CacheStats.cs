namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>Hit and miss counters of a cache at one instant.</summary>
[EvidenceKind("cache-stats", "sampledAt", SubjectProperty = "cache",
    Description = "Cache counters (hits, misses, evictions, size, TTL) at one instant; from Redis INFO, memcached stats or the application.")]
public sealed record CacheStats : EvidenceRecord
{
    public required string Cache { get; init; }
    public required DateTimeOffset SampledAt { get; init; }
    public required long Hits { get; init; }
    public required long Misses { get; init; }
    public long? Evictions { get; init; }
    public long? SizeBytes { get; init; }
    public long? MaxBytes { get; init; }
    public int? TtlSeconds { get; init; }

    public static CacheStats Example { get; } = new()
    {
        Cache = "redis-app",
        SampledAt = new DateTimeOffset(2026, 11, 2, 12, 0, 0, TimeSpan.Zero),
        Hits = 981_220,
        Misses = 41_003,
        Evictions = 120,
        SizeBytes = 402_653_184,
        MaxBytes = 1_073_741_824,
        TtlSeconds = 3600,
    };
}
