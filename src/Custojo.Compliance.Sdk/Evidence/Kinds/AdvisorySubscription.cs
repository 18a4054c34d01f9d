namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>A subscription to a vendor's security announcements, as seen at one instant.</summary>
[EvidenceKind("advisory-subscription", "observedAt", SubjectProperty = "source",
    Description = "A subscription to security announcements (e.g. debian-security-announce) with its channel and subscriber; from the mailing-list or feed configuration.")]
public sealed record AdvisorySubscription : EvidenceRecord
{
    public required DateTimeOffset ObservedAt { get; init; }
    public required string Source { get; init; }

    /// <summary>E.g. <c>mailing-list</c>, <c>rss</c> or <c>github-advisories</c>.</summary>
    public required string Channel { get; init; }

    public required bool Active { get; init; }
    public required string Subscriber { get; init; }

    public static AdvisorySubscription Example { get; } = new()
    {
        ObservedAt = new DateTimeOffset(2026, 11, 2, 6, 0, 0, TimeSpan.Zero),
        Source = "debian-security-announce",
        Channel = "mailing-list",
        Active = true,
        Subscriber = "security@example.com",
    };
}
