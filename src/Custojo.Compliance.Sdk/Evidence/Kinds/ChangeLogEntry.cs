namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>One entry of the system's change log.</summary>
[EvidenceKind("change-log-entry", "recordedAt", SubjectProperty = "changeId",
    Description = "An entry of the change log (change id, summary, author); from the change-management tool.")]
public sealed record ChangeLogEntry : EvidenceRecord
{
    public required string ChangeId { get; init; }
    public required DateTimeOffset RecordedAt { get; init; }
    public required string Summary { get; init; }
    public required string Author { get; init; }
    public string? System { get; init; }

    /// <summary>E.g. <c>update</c>, <c>security-patch</c>, <c>configuration</c>.</summary>
    public string? Category { get; init; }

    public static ChangeLogEntry Example { get; } = new()
    {
        ChangeId = "CHG-2291",
        RecordedAt = new DateTimeOffset(2026, 11, 7, 22, 30, 0, TimeSpan.Zero),
        Summary = "Updated custojo 8.3.2 -> 8.4.0 in production",
        Author = "j.doe",
        System = "custojo",
        Category = "update",
    };
}
