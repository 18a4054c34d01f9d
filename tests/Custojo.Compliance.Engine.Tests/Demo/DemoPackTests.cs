using Custojo.Compliance.Engine.Evaluation;
using Custojo.Compliance.Engine.Packs;
using Custojo.Compliance.Engine.Tests.Guide;
using Custojo.Compliance.Evidence.Demo;
using Custojo.Compliance.Sdk.Results;
using Custojo.Compliance.Sdk.Time;

namespace Custojo.Compliance.Engine.Tests.Demo;

/// <summary>The demo history against the real pack: exactly the planted violations fail, nothing else.</summary>
public sealed class DemoPackTests
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static PackEvaluation EvaluateDemo(int days, DateOnly end, int seed)
    {
        var to = new DateTimeOffset(end.ToDateTime(TimeOnly.MinValue), Zone.GetUtcOffset(end.ToDateTime(TimeOnly.MinValue))).ToUniversalTime();
        var from = new DateTimeOffset(end.AddDays(-days).ToDateTime(TimeOnly.MinValue), Zone.GetUtcOffset(end.AddDays(-days).ToDateTime(TimeOnly.MinValue))).ToUniversalTime();
        var window = new AuditWindow(from, to, Zone);
        return new PackEvaluator(TimeProvider.System).Evaluate(new EvaluationRequest
        {
            Pack = PolicyPack.Load(Path.Combine(RepositoryRoot.Path, "policies")),
            Window = window,
            Evidence = new RecordsEvidence(DemoHistory.Generate(from, to, Zone, scale: 1, seed)),
        });
    }

    [Theory]
    [InlineData(90, "2026-11-24", 1)]
    [InlineData(90, "2026-04-15", 7)]
    public void The_demo_history_fails_exactly_the_planted_violations(int days, string end, int seed)
    {
        var evaluation = EvaluateDemo(days, DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), seed);

        var notPassing = evaluation.Results.Where(r => r.Outcome is not (Outcome.Pass or Outcome.NotApplicable)).ToList();
        var planted = DemoHistory.Planted.Select(p => p.ControlId).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(planted);
        Assert.True(planted.SequenceEqual(notPassing.Select(r => r.ControlId).Order(StringComparer.Ordinal)),
            $"Planted: {string.Join(", ", planted)}. Not passing: {string.Join("; ", notPassing.Select(r => $"{r.ControlId}: {r.Outcome}: {r.Message}"))}");
        Assert.All(notPassing, r => Assert.Equal(Outcome.Fail, r.Outcome));
    }
}
