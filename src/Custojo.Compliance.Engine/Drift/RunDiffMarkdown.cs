namespace Custojo.Compliance.Engine.Drift;

/// <summary>A diff as a Markdown section (<c>custojo diff --format md</c>), e.g. for a pull request or a ticket.</summary>
public static class RunDiffMarkdown
{
    public static void Write(RunDiff diff, TextWriter output)
    {
        output.Write($"# Drift: {diff.Before.RunId} → {diff.After.RunId}\n\n");
        output.Write($"- Before: {Escape(diff.Before.Source)} ({diff.Before.RunId}), {diff.Before.Controls.Count} controls\n");
        output.Write($"- After: {Escape(diff.After.Source)} ({diff.After.RunId}), {diff.After.Controls.Count} controls\n");
        output.Write($"- {(diff.HasRegression ? "**Regression**" : "No regression")}: {Escape(DiffRows.Summary(diff))}\n\n");
        if (diff.IsEmpty) output.Write(diff.StillFailing.Count == 0 ? "No differences.\n" : "No differences; still failing:\n\n");
        var rows = DiffRows.Of(diff);
        if (rows.Count == 0) return;
        output.Write("| change | control | what | before | after | regression |\n| --- | --- | --- | --- | --- | --- |\n");
        foreach (var row in rows)
            output.Write($"| {row.Change} | {Escape(row.ControlId)} | {Escape(row.What)} | {Escape(row.Before)} | {Escape(row.After)} | {(row.Regression ? "yes" : "")} |\n");
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
