using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Engine.Drift;

/// <summary>Compares two run snapshots into a <see cref="RunDiff"/>. Pure and deterministic.</summary>
public static class RunComparison
{
    public static RunDiff Compare(RunSnapshot before, RunSnapshot after)
    {
        var old = before.Controls.ToDictionary(c => c.ControlId, StringComparer.Ordinal);
        var now = after.Controls.ToDictionary(c => c.ControlId, StringComparer.Ordinal);
        var common = now.Keys.Where(old.ContainsKey).Order(StringComparer.Ordinal).ToList();

        var changes = common.Select(id => Change(old[id], now[id])).ToList();
        var parameters = common.SelectMany(id => ParameterChanges(id, Parameters(before, id), Parameters(after, id))).ToList();
        var waivers = common.SelectMany(id => WaiverChanges(id, old[id].Waiver, now[id].Waiver)).ToList();
        var touched = parameters.Select(p => p.ControlId).Concat(waivers.Select(w => w.ControlId)).ToHashSet(StringComparer.Ordinal);

        return new RunDiff
        {
            Before = before,
            After = after,
            NewFailures = [.. changes.Where(IsNewFailure)],
            Resolved = [.. changes.Where(IsResolved)],
            StillFailing = [.. changes.Where(c => c is { Before: Outcome.Fail, After: Outcome.Fail })],
            OutcomeChanges = [.. changes.Where(c => c.Before != c.After && !IsNewFailure(c) && !IsResolved(c))],
            Added = [.. after.Controls.Where(c => !old.ContainsKey(c.ControlId)).OrderBy(c => c.ControlId, StringComparer.Ordinal)],
            Removed = [.. before.Controls.Where(c => !now.ContainsKey(c.ControlId)).OrderBy(c => c.ControlId, StringComparer.Ordinal)],
            ParameterChanges = parameters,
            WaiverChanges = waivers,
            Unchanged = changes.Count(c => c.Before == c.After && c.After != Outcome.Fail && !touched.Contains(c.ControlId)),
        };
    }

    private static OutcomeChange Change(ControlSnapshot before, ControlSnapshot after) =>
        new(after.ControlId, after.Title, after.Severity, before.Outcome, after.Outcome);

    private static bool IsNewFailure(OutcomeChange change) => change.After == Outcome.Fail && change.Before != Outcome.Fail;

    private static bool IsResolved(OutcomeChange change) => change.Before == Outcome.Fail && OutcomeRank.Of(change.After) == 0;

    private static IReadOnlyDictionary<string, string> Parameters(RunSnapshot run, string controlId) =>
        run.Parameters.TryGetValue(controlId, out var values) ? values : new Dictionary<string, string>();

    private static IEnumerable<ParameterChange> ParameterChanges(string controlId, IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        foreach (var name in before.Keys.Union(after.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var old = before.TryGetValue(name, out var b) ? b : null;
            var now = after.TryGetValue(name, out var a) ? a : null;
            if (!string.Equals(old, now, StringComparison.Ordinal)) yield return new ParameterChange(controlId, name, old, now);
        }
    }

    private static IEnumerable<WaiverChange> WaiverChanges(string controlId, WaiverSnapshot? before, WaiverSnapshot? after)
    {
        if (before == after) yield break;
        if (before is not null && after is not null && before.Id == after.Id)
        {
            yield return new WaiverChange(controlId, WaiverChangeKind.Changed, before, after);
            yield break;
        }
        if (before is not null) yield return new WaiverChange(controlId, WaiverChangeKind.Removed, before, null);
        if (after is not null) yield return new WaiverChange(controlId, WaiverChangeKind.Added, null, after);
    }
}
