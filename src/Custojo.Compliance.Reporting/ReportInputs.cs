using Custojo.Compliance.Engine.Packs;
using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Reporting.Model;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Reporting;

/// <summary>Builds a report's input from a run, its pack's requirement catalogue and the workspace's earlier runs.</summary>
public static class ReportInputs
{
    public static ReportInput For(RunResult run, PolicyPack? pack, IEnumerable<RunOutcomes> history) => new()
    {
        Run = run,
        Requirements = pack is null ? [] : [.. pack.Requirements().Select(r => new GuideRequirement(r.Id, r.Section, r.Text))],
        History = [.. history
            .Where(h => h.RunId != run.RunId && h.To <= run.To)
            .GroupBy(h => h.RunId)
            .Select(g => g.Last())
            .Select(r => new ScorePoint(r.RunId, r.To, ComplianceScore.Of(r.Count(Outcome.Pass), r.Controls - r.Count(Outcome.NotApplicable))))],
    };
}
