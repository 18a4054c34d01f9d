namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>A probe of an integration's endpoint and credentials.</summary>
[EvidenceKind("integration-check", "checkedAt", SubjectProperty = "integration",
    Description = "A probe of an integration (endpoint reachable, HTTP status, latency, authentication, credential expiry); from a synthetic check.")]
public sealed record IntegrationCheck : EvidenceRecord
{
    public required string Integration { get; init; }
    public required DateTimeOffset CheckedAt { get; init; }
    public required string Endpoint { get; init; }
    public required IntegrationOutcome Outcome { get; init; }
    public int? HttpStatus { get; init; }
    public double? LatencyMs { get; init; }
    public required bool AuthenticationOk { get; init; }
    public DateTimeOffset? CredentialExpiresAt { get; init; }

    public static IntegrationCheck Example { get; } = new()
    {
        Integration = "erp-sync",
        CheckedAt = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero),
        Endpoint = "https://erp.example.com/api/v2/health",
        Outcome = IntegrationOutcome.Healthy,
        HttpStatus = 200,
        LatencyMs = 184,
        AuthenticationOk = true,
        CredentialExpiresAt = new DateTimeOffset(2027, 3, 31, 0, 0, 0, TimeSpan.Zero),
    };
}
