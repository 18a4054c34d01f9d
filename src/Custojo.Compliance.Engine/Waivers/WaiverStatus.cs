using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Engine.Waivers;

/// <summary>
/// The waiver that names a control in one run, its state, and whether it changed the outcome: a waived
/// control reports <c>waived</c> while <see cref="UnderlyingOutcome"/> and its findings stay visible.
/// </summary>
public sealed record WaiverStatus
{
    public required Waiver Waiver { get; init; }
    public required WaiverState State { get; init; }
    /// <summary>True when the waiver turned the outcome into <c>waived</c>.</summary>
    public required bool Applied { get; init; }
    /// <summary>The outcome the policy decided, before any waiver.</summary>
    public required Outcome UnderlyingOutcome { get; init; }
    /// <summary>Why the waiver was not applied, when it was not; null when it was.</summary>
    public string? NotAppliedBecause { get; init; }
}
