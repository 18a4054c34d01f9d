namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>A notice sent to users announcing a maintenance window.</summary>
[EvidenceKind("maintenance-notice", "sentAt", SubjectProperty = "changeId",
    Description = "A maintenance-window notice to users with the window, channel and audience; from the mailing or status-page tool.")]
public sealed record MaintenanceNotice : EvidenceRecord
{
    public required string ChangeId { get; init; }
    public required DateTimeOffset SentAt { get; init; }
    public required DateTimeOffset WindowStart { get; init; }
    public required DateTimeOffset WindowEnd { get; init; }

    /// <summary>How users were told, e.g. <c>email</c> or <c>status-page</c>.</summary>
    public required string Channel { get; init; }

    public required string Audience { get; init; }

    public static MaintenanceNotice Example { get; } = new()
    {
        ChangeId = "CHG-2291",
        SentAt = new DateTimeOffset(2026, 11, 4, 9, 0, 0, TimeSpan.Zero),
        WindowStart = new DateTimeOffset(2026, 11, 7, 22, 0, 0, TimeSpan.Zero),
        WindowEnd = new DateTimeOffset(2026, 11, 7, 23, 0, 0, TimeSpan.Zero),
        Channel = "email",
        Audience = "all-users",
    };
}
