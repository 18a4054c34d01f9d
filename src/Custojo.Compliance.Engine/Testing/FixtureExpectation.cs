using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Engine.Testing;

/// <summary>What a fixture expects: the outcome, and optionally a message fragment and the number of findings.</summary>
public sealed record FixtureExpectation(Outcome Outcome, string? MessageContains, int? Findings);
