using Custojo.Compliance.Engine.Packs;
using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Reporting.Model;

namespace Custojo.Compliance.Reporting;

/// <summary>Builds a report's input from a run, its pack's requirement catalogue and the workspace's earlier runs.</summary>
public static class ReportInputs
{
    public static ReportInput For(RunResult run, PolicyPack? pack, IEnumerable<StoredRun> history) => new()
    {
        Run = run,
        Requirements = pack is null ? [] : [.. pack.Requirements().Select(r => new GuideRequirement(r.Id, r.Section, r.Text))],
        History = [.. history
            .Where(h => h.Run.RunId != run.RunId && h.Run.To <= run.To)
            .GroupBy(h => h.Run.RunId)
            .Select(g => g.Last().Run)
            .Select(r => new ScorePoint(r.RunId, r.To, ComplianceScore.Compute(r)))],
    };
}
