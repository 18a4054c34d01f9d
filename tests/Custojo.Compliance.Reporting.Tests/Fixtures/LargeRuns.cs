using System.Globalization;
using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Reporting.Tests.Fixtures;

/// <summary>A run of the benchmark's size: many controls over many sections, findings spread over the failing ones.</summary>
internal static class LargeRuns
{
    public static RunResult Create(int controls, int findings)
    {
        var outcomes = new[] { Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Fail, Outcome.NoEvidence, Outcome.Pass, Outcome.NotApplicable, Outcome.Fail, Outcome.Error, Outcome.Waived };
        var failing = Enumerable.Range(0, controls).Count(i => outcomes[i % outcomes.Length] == Outcome.Fail);
        var perControl = failing == 0 ? 0 : (findings + failing - 1) / failing;
        var remaining = findings;
        var results = new List<ControlRunResult>(controls);
        for (var i = 0; i < controls; i++)
        {
            var outcome = outcomes[i % outcomes.Length];
            var id = string.Create(CultureInfo.InvariantCulture, $"GEN-{i / 50:D2}-{i % 50:D3}");
            var section = string.Create(CultureInfo.InvariantCulture, $"Section {i / 100 + 1} › Sub-section {i / 25 % 4 + 1} › Group {i / 10 % 3 + 1}");
            var count = outcome == Outcome.Fail ? Math.Min(perControl, remaining) : 0;
            remaining -= count;
            var list = new List<Finding>(count);
            for (var f = 0; f < count; f++)
            {
                var start = SampleRuns.WindowFrom.AddHours(f * 7 + i % 5);
                list.Add(new Finding(string.Create(CultureInfo.InvariantCulture, $"Backup gap {f + 1} of control {id} exceeds the allowed 30 min"))
                {
                    Start = start,
                    End = start.AddMinutes(95),
                    Subject = string.Create(CultureInfo.InvariantCulture, $"db-{f % 7:D2}"),
                    Evidence = [SampleRuns.Ref("backup-run", start), SampleRuns.Ref("backup-run", start.AddMinutes(95))],
                });
            }
            results.Add(SampleRuns.Control(id, string.Create(CultureInfo.InvariantCulture, $"Generated control {i} with a reasonably long descriptive title"),
                (i % 5) switch { 0 => "critical", 1 => "high", 2 => "medium", 3 => "low", _ => "info" }, section, [id], outcome,
                outcome == Outcome.Pass ? "Requirement met over the whole audit period." : string.Create(CultureInfo.InvariantCulture, $"Control {id} ended {outcome}: details follow."),
                list, [SampleRuns.Ref("backup-run", SampleRuns.WindowFrom.AddMinutes(i))]));
        }
        return SampleRuns.Run("run-large", results);
    }
}
