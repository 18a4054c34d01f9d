using Custojo.Compliance.Cli.Rendering;
using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Engine.Waivers;
using Custojo.Compliance.Sdk.Results;
using Spectre.Console;

namespace Custojo.Compliance.Cli.Commands.Check;

/// <summary>A run as a table for people: one row per control, grouped by section, findings under failures.</summary>
internal static class RunTable
{
    private const int ResultWidth = 80;
    private static readonly Style Grey = new(Color.Grey);
    private static readonly TextGridText[] Empty = [];

    public static void Write(IAnsiConsole console, RunResult run)
    {
        var table = new TextGrid(["Control", "Severity", "Outcome", "Result"], ResultWidth);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(run.TimeZone);
        foreach (var section in run.Results.GroupBy(r => r.Section).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            table.AddRow([new TextGridText(section.Key, new Style(decoration: Decoration.Bold))], Empty, Empty, Empty);
            foreach (var result in section)
            {
                var detail = new List<TextGridText> { new(result.Title, Style.Plain), new(result.Message, Grey) };
                if (result.Waiver is { } waiver) detail.Add(new(WaiverText.Describe(waiver, zone), new Style(Color.Blue)));
                detail.AddRange(result.Findings.Take(5).Select(finding => new TextGridText("  • " + finding.Message, Grey)));
                if (result.Findings.Count > 5) detail.Add(new($"  … {result.Findings.Count - 5} more finding(s)", Grey));
                table.AddRow([new(result.ControlId, Style.Plain)], [new(result.Severity, Style.Plain)], [Outcome(result.Outcome)], detail);
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

    private static TextGridText Outcome(Outcome outcome) => new(OutcomeSpelling.Name(outcome), outcome switch
    {
        Sdk.Results.Outcome.Pass => new Style(Color.Green),
        Sdk.Results.Outcome.Fail => new Style(Color.Red),
        Sdk.Results.Outcome.Error => new Style(Color.Red, decoration: Decoration.Bold),
        Sdk.Results.Outcome.NoEvidence => new Style(Color.Yellow),
        Sdk.Results.Outcome.Waived => new Style(Color.Blue),
        _ => Grey,
    });
}
