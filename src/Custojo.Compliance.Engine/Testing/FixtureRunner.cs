using Custojo.Compliance.Engine.Evaluation;
using Custojo.Compliance.Engine.Packs;
using Custojo.Compliance.Engine.Workspace;
using Custojo.Compliance.Sdk.Results;
using Custojo.Compliance.Sdk.Time;

namespace Custojo.Compliance.Engine.Testing;

/// <summary>
/// Runs fixtures: each case's evidence goes into its own in-memory store through the import validation,
/// then the one control is evaluated over the case's window and compared with the expectation.
/// </summary>
public sealed class FixtureRunner(PackEvaluator evaluator, string? cacheDirectory, TimeProvider clock)
{
    public FixtureResult Run(PolicyPack pack, FixtureCase fixture)
    {
        var zone = WorkspaceConfigReader.ResolveTimeZone(fixture.TimeZone, fixture.File);
        using var evidence = FixtureEvidence.Create(fixture, clock);
        var evaluation = evaluator.Evaluate(new EvaluationRequest
        {
            Pack = pack,
            Window = new AuditWindow(fixture.From, fixture.To, zone),
            Evidence = evidence,
            Selection = new ControlSelection([fixture.ControlId], [], []),
            ParameterOverrides = new Dictionary<string, Dictionary<string, System.Text.Json.JsonElement>> { [fixture.ControlId] = fixture.Parameters },
            CacheDirectory = cacheDirectory,
            Parallelism = 1,
        });
        var result = evaluation.Results.FirstOrDefault(r => r.ControlId == fixture.ControlId);
        if (result is null)
            return new FixtureResult(fixture, false, null, "", 0, $"No control {fixture.ControlId} in the pack: the fixture folder must be named after a declared control id.");
        var text = string.Join("\n", result.Findings.Select(f => f.Message).Prepend(result.Message));
        var failure = Failure(fixture.Expect, result.Outcome, text, result.Findings.Count);
        return new FixtureResult(fixture, failure is null, result.Outcome, result.Message, result.Findings.Count, failure);
    }

    private static string? Failure(FixtureExpectation expect, Outcome outcome, string message, int findings)
    {
        var problems = new List<string>();
        if (outcome != expect.Outcome) problems.Add($"expected outcome {Show(expect.Outcome)}, got {Show(outcome)}");
        if (expect.MessageContains is { } fragment && !message.Contains(fragment, StringComparison.Ordinal))
            problems.Add($"expected the message or a finding to contain \"{fragment}\"");
        if (expect.Findings is { } count && count != findings) problems.Add($"expected {count} finding(s), got {findings}");
        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    private static string Show(Outcome outcome) => Runs.OutcomeSpelling.Name(outcome);
}
