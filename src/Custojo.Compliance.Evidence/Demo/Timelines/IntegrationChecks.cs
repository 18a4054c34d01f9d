using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Evidence.Demo.Timelines;

/// <summary>A synthetic check probes every integration's health endpoint with its real credentials every hour.</summary>
internal sealed class IntegrationChecks : IDemoTimeline
{
    private static readonly (string Name, string Endpoint, double Latency)[] Integrations =
    [
        ("erp-sync", "https://erp.example.com/api/v2/health", 180),
        ("identity-provider", "https://login.example.com/.well-known/openid-configuration", 60),
        ("mail-relay", "https://mail.example.com/api/status", 95),
    ];

    public IReadOnlyList<PlantedViolation> Planted { get; } = [];

    public IEnumerable<EvidenceRecord> Generate(DemoContext context)
    {
        var expiry = context.To.AddDays(200);
        for (var hour = context.From; hour < context.To; hour = hour.AddHours(1))
        {
            foreach (var (name, endpoint, latency) in Integrations)
            {
                var at = hour.AddMinutes(7) + context.JitterSeconds(TimeSpan.FromSeconds(30));
                if (!context.InPeriod(at)) continue;
                yield return new IntegrationCheck
                {
                    Integration = name,
                    CheckedAt = at,
                    Endpoint = endpoint,
                    Outcome = IntegrationOutcome.Healthy,
                    HttpStatus = 200,
                    LatencyMs = Math.Round(latency * (0.8 + (context.Random.NextDouble() * 0.6)), 1),
                    AuthenticationOk = true,
                    CredentialExpiresAt = expiry,
                };
            }
        }
    }
}
