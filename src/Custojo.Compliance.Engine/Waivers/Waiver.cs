namespace Custojo.Compliance.Engine.Waivers;

/// <summary>
/// An accepted deviation from one control, as written in <c>waivers.json</c>: who approved it, why,
/// until when, and optionally which subjects (hosts, users, packages) it covers.
/// </summary>
public sealed record Waiver
{
    public required string Id { get; init; }
    public required string ControlId { get; init; }
    /// <summary>
    /// Subject pattern (<c>*</c> and <c>?</c> wildcards, case-insensitive) the waiver is limited to; it applies
    /// only when every finding of the control names a matching subject. Null covers the whole control.
    /// </summary>
    public string? Scope { get; init; }
    public required string Justification { get; init; }
    public required string Approver { get; init; }
    public string? Ticket { get; init; }
    public required DateTimeOffset Created { get; init; }
    /// <summary>UTC instant the waiver stops applying (exclusive).</summary>
    public required DateTimeOffset Expires { get; init; }
    public string? ResidualRisk { get; init; }
}
