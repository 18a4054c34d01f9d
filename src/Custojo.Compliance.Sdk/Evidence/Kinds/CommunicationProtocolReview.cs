namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>A review of the protocol for communicating system issues (who is told what, how and when).</summary>
[EvidenceKind("communication-protocol-review", "reviewedAt", SubjectProperty = "protocol",
    Description = "A review of an incident or maintenance communication protocol with its contacts; from the document system.")]
public sealed record CommunicationProtocolReview : EvidenceRecord
{
    public required string Protocol { get; init; }
    public required DateTimeOffset ReviewedAt { get; init; }
    public required string Reviewer { get; init; }
    public required DocumentOutcome Outcome { get; init; }

    /// <summary>The roles or addresses the protocol names.</summary>
    public IReadOnlyList<string>? Contacts { get; init; }

    public static CommunicationProtocolReview Example { get; } = new()
    {
        Protocol = "incident-communication",
        ReviewedAt = new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero),
        Reviewer = "ops.lead",
        Outcome = DocumentOutcome.Current,
        Contacts = ["ops-oncall", "service-desk", "customer-success"],
    };
}
