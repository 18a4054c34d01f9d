using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Engine.Testing;

/// <summary>How one fixture ran: whether it met its expectation, what the control said, and why it failed if it did.</summary>
public sealed record FixtureResult(FixtureCase Case, bool Passed, Outcome? ActualOutcome, string ActualMessage, int ActualFindings, string? Failure);
