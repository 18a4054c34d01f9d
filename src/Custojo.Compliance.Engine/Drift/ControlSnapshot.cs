using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Engine.Drift;

/// <summary>One control of a <see cref="RunSnapshot"/>.</summary>
/// <param name="Outcome">The outcome the run reported (<c>waived</c> when a waiver applied).</param>
/// <param name="UnderlyingOutcome">The outcome the policy decided, before any waiver.</param>
/// <param name="Waiver">The waiver naming the control in the run, applied or not; null when none did.</param>
public sealed record ControlSnapshot(string ControlId, string Title, string Severity, Outcome Outcome, Outcome UnderlyingOutcome, WaiverSnapshot? Waiver)
{
    public static ControlSnapshot Of(ControlRunResult result) => new(
        result.ControlId,
        result.Title,
        result.Severity,
        result.Outcome,
        result.Waiver?.UnderlyingOutcome ?? result.Outcome,
        result.Waiver is { } status ? WaiverSnapshot.Of(status) : null);
}
