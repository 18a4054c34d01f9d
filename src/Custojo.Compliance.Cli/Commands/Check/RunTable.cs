using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Engine.Waivers;
using Custojo.Compliance.Sdk.Results;
using Spectre.Console;

namespace Custojo.Compliance.Cli.Commands.Check;

/// <summary>A run as a table for people: one row per control, grouped by section, findings under failures.</summary>
internal static class RunTable
{
    public static void Write(IAnsiConsole console, RunResult run)
    {
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn("Control");
        table.AddColumn("Severity");
        table.AddColumn("Outcome");
        table.AddColumn(new TableColumn("Result").Width(80));
        var zone = TimeZoneInfo.FindSystemTimeZoneById(run.TimeZone);
        foreach (var section in run.Results.GroupBy(r => r.Section).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            table.AddRow(new Markup($"[bold]{Markup.Escape(section.Key)}[/]"), Text.Empty, Text.Empty, Text.Empty);
            foreach (var result in section)
            {
                var detail = Markup.Escape(result.Title) + "\n[grey]" + Markup.Escape(result.Message) + "[/]";
                if (result.Waiver is { } waiver) detail += "\n[blue]" + Markup.Escape(WaiverText.Describe(waiver, zone)) + "[/]";
                foreach (var finding in result.Findings.Take(5)) detail += "\n[grey]  • " + Markup.Escape(finding.Message) + "[/]";
                if (result.Findings.Count > 5) detail += $"\n[grey]  … {result.Findings.Count - 5} more finding(s)[/]";
                table.AddRow(new Markup(Markup.Escape(result.ControlId)), new Markup(Markup.Escape(result.Severity)), Outcome(result.Outcome), new Markup(detail));
            }
        }
        console.Write(table);
    }

    public static string Summary(RunResult run)
    {
        var counts = run.Results.GroupBy(r => r.Outcome).ToDictionary(g => g.Key, g => g.Count());
        int Count(Outcome o) => counts.GetValueOrDefault(o);
        return $"{run.Results.Count} controls: {Count(Sdk.Results.Outcome.Pass)} pass, {Count(Sdk.Results.Outcome.Fail)} fail, {Count(Sdk.Results.Outcome.NoEvidence)} no-evidence, {Count(Sdk.Results.Outcome.Error)} error, {Count(Sdk.Results.Outcome.NotApplicable)} not-applicable, {Count(Sdk.Results.Outcome.Waived)} waived";
    }

    private static Markup Outcome(Outcome outcome) => new(outcome switch
    {
        Sdk.Results.Outcome.Pass => "[green]pass[/]",
        Sdk.Results.Outcome.Fail => "[red]fail[/]",
        Sdk.Results.Outcome.Error => "[red bold]error[/]",
        Sdk.Results.Outcome.NoEvidence => "[yellow]no-evidence[/]",
        Sdk.Results.Outcome.Waived => "[blue]waived[/]",
        _ => "[grey]" + OutcomeSpelling.Name(outcome) + "[/]",
    });
}
