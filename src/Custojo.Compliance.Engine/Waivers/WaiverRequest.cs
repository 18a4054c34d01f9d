namespace Custojo.Compliance.Engine.Waivers;

/// <summary>What <c>custojo waiver add</c> was given; the id and creation instant are assigned when it is added.</summary>
public sealed record WaiverRequest
{
    public required string ControlId { get; init; }
    public string? Scope { get; init; }
    public required string Justification { get; init; }
    public required string Approver { get; init; }
    public string? Ticket { get; init; }
    public required DateTimeOffset Expires { get; init; }
    public string? ResidualRisk { get; init; }
}
