namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>An IP allow-list rule protecting an entry point, as configured at one instant.</summary>
[EvidenceKind("ip-restriction", "observedAt", SubjectProperty = "name",
    Description = "An IP restriction rule (allowed CIDRs for admin, API, SSH or app access) and whether it is enabled; from firewall or proxy configuration.")]
public sealed record IpRestriction : EvidenceRecord
{
    public required DateTimeOffset ObservedAt { get; init; }
    public required string Name { get; init; }
    public required IpRestrictionScope Scope { get; init; }
    public required IReadOnlyList<string> AllowedCidrs { get; init; }
    public required bool Enabled { get; init; }

    public static IpRestriction Example { get; } = new()
    {
        ObservedAt = new DateTimeOffset(2026, 11, 2, 6, 0, 0, TimeSpan.Zero),
        Name = "admin-console",
        Scope = IpRestrictionScope.Admin,
        AllowedCidrs = ["10.20.0.0/16", "192.0.2.0/24"],
        Enabled = true,
    };
}
