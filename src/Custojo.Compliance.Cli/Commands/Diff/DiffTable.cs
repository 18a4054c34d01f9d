using Custojo.Compliance.Engine.Drift;
using Spectre.Console;

namespace Custojo.Compliance.Cli.Commands.Diff;

/// <summary>A diff for people: one row per change, regressions marked.</summary>
internal static class DiffTable
{
    public static void Write(IAnsiConsole console, RunDiff diff)
    {
        console.WriteLine($"Diff {diff.Before.RunId} ({diff.Before.Source}) -> {diff.After.RunId} ({diff.After.Source})");
        if (diff.IsEmpty) console.WriteLine(diff.StillFailing.Count == 0 ? "No differences." : "No differences; still failing:");
        var rows = DiffRows.Of(diff);
        if (rows.Count == 0) return;
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in new[] { "Change", "Control", "What", "Before", "After", "Regression" }) table.AddColumn(column);
        foreach (var row in rows)
        {
            table.AddRow(
                Markup.Escape(row.Change),
                Markup.Escape(row.ControlId),
                Markup.Escape(row.What),
                Markup.Escape(row.Before),
                Markup.Escape(row.After),
                row.Regression ? "[red]yes[/]" : "");
        }
        console.Write(table);
    }
}
