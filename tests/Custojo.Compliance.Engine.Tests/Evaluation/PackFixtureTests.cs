using Custojo.Compliance.Engine.Evaluation;
using Custojo.Compliance.Engine.Packs;
using Custojo.Compliance.Engine.Testing;
using Custojo.Compliance.Engine.Tests.Guide;

namespace Custojo.Compliance.Engine.Tests.Evaluation;

/// <summary>Every fixture of the built-in pack, one test case each, exactly as `custojo policy test` runs them.</summary>
public sealed class PackFixtureTests
{
    private static readonly PolicyPack Pack = PolicyPack.Load(Path.Combine(RepositoryRoot.Path, "policies"));
    private static readonly string Cache = Path.Combine(Path.GetTempPath(), "custojo-test-fixture-cache");
    private static readonly FixtureRunner Runner = new(new PackEvaluator(TimeProvider.System), Cache, TimeProvider.System);
    private static readonly Lazy<IReadOnlyDictionary<string, FixtureCase>> All = new(() => FixtureLoader.Load(Pack).ToDictionary(f => f.File, StringComparer.Ordinal));

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in All.Value.Keys) data.Add(file);
        return data;
    }

    [Fact]
    public void Every_control_of_the_pack_has_passing_failing_and_missing_evidence_fixtures()
    {
        var fixtures = All.Value.Values;
        var description = new PackEvaluator(TimeProvider.System).Describe(Pack, Cache);

        Assert.Empty(description.Problems);
        foreach (var control in description.Controls.Select(c => c.Control.Id))
        {
            var outcomes = fixtures.Where(f => f.ControlId == control).Select(f => f.Expect.Outcome).ToHashSet();
            Assert.True(outcomes.Contains(Sdk.Results.Outcome.Pass) && outcomes.Contains(Sdk.Results.Outcome.Fail), $"{control} needs a passing and a failing fixture.");
            // Without the evidence it needs, a control says no-evidence, or not-applicable when the obligation
            // only arises from events (e.g. clearing the cache after an update when there was no update).
            Assert.True(outcomes.Contains(Sdk.Results.Outcome.NoEvidence) || outcomes.Contains(Sdk.Results.Outcome.NotApplicable), $"{control} needs a no-evidence (or not-applicable) fixture.");
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Pack_fixture_meets_its_expectation(string file)
    {
        var fixture = All.Value[file];

        var result = Runner.Run(Pack, fixture);

        Assert.True(result.Passed, $"{file}: {result.Failure} (message: {result.ActualMessage})");
    }
}
