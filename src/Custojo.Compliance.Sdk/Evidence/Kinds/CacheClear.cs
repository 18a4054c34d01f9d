namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>A cache flush, with why it was done.</summary>
[EvidenceKind("cache-clear", "clearedAt", SubjectProperty = "cache",
    Description = "A cache clear with its reason and the change that triggered it (e.g. after an update); from the deployment tool or runbook log.")]
public sealed record CacheClear : EvidenceRecord
{
    public required string Cache { get; init; }
    public required DateTimeOffset ClearedAt { get; init; }
    public required string Reason { get; init; }
    public string? ChangeId { get; init; }

    public static CacheClear Example { get; } = new()
    {
        Cache = "redis-app",
        ClearedAt = new DateTimeOffset(2026, 11, 7, 22, 20, 0, TimeSpan.Zero),
        Reason = "post-update",
        ChangeId = "CHG-2291",
    };
}
