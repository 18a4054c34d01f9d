using Custojo.Compliance.Engine.Runs;

namespace Custojo.Compliance.Engine.Drift;

/// <summary>A diff flattened into rows, in a fixed order of kinds and, within a kind, the diff's order.</summary>
public static class DiffRows
{
    public static IReadOnlyList<DiffRow> Of(RunDiff diff)
    {
        const string none = "-";
        var rows = new List<DiffRow>();
        rows.AddRange(diff.NewFailures.Select(c => Outcome("new failure", c)));
        rows.AddRange(diff.OutcomeChanges.Select(c => Outcome("outcome changed", c)));
        rows.AddRange(diff.Added.Select(c => new DiffRow("added", c.ControlId, c.Title, none, OutcomeSpelling.Name(c.Outcome), RunDiff.IsFailing(c))));
        rows.AddRange(diff.Removed.Select(c => new DiffRow("removed", c.ControlId, c.Title, OutcomeSpelling.Name(c.Outcome), none, false)));
        rows.AddRange(diff.Resolved.Select(c => Outcome("resolved", c)));
        rows.AddRange(diff.StillFailing.Select(c => Outcome("still failing", c)));
        rows.AddRange(diff.ParameterChanges.Select(p => new DiffRow("parameter", p.ControlId, p.Name, p.Before ?? none, p.After ?? none, false)));
        rows.AddRange(diff.WaiverChanges.Select(w => new DiffRow(
            "waiver " + w.Kind.ToString().ToLowerInvariant(), w.ControlId, (w.After ?? w.Before)!.Id, Waiver(w.Before), Waiver(w.After), false)));
        return rows;
    }

    /// <summary>One sentence for the end of a diff: the counts, and whether it is a regression.</summary>
    public static string Summary(RunDiff diff) =>
        $"{diff.NewFailures.Count} new failure(s), {diff.Resolved.Count} resolved, {diff.StillFailing.Count} still failing, "
        + $"{diff.OutcomeChanges.Count} other outcome change(s), {diff.Added.Count} added, {diff.Removed.Count} removed, "
        + $"{diff.ParameterChanges.Count} parameter change(s), {diff.WaiverChanges.Count} waiver change(s), {diff.Unchanged} unchanged"
        + (diff.HasRegression ? $"; regression: {string.Join(", ", diff.Regressions)}" : "; no regression");

    private static DiffRow Outcome(string change, OutcomeChange c) =>
        new(change, c.ControlId, c.Title, OutcomeSpelling.Name(c.Before), OutcomeSpelling.Name(c.After), c.IsRegression);

    private static string Waiver(WaiverSnapshot? waiver) =>
        waiver is null ? "-" : $"{waiver.State}, {(waiver.Applied ? "applied" : "not applied")}";
}
