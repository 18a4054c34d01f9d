using System.ComponentModel;
using System.Text.Json;
using Custojo.Compliance.Cli.Infrastructure;
using Custojo.Compliance.Engine.Evaluation;
using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Engine.Testing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands.Policy;

/// <summary><c>custojo policy test</c>: runs the pack's fixtures.</summary>
internal sealed class PolicyTestCommand : Command<PolicyTestCommand.Settings>
{
    public sealed class Settings : TableOrJsonSettings
    {
        [CommandOption("--filter <ID>")]
        [Description("Run only the fixtures of controls whose id contains this text.")]
        public string? Filter { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var pack = settings.OpenPack();
        var cases = FixtureLoader.Load(pack, settings.Filter);
        if (cases.Count == 0)
        {
            Output.Warning($"No fixtures{(settings.Filter is null ? "" : $" match --filter {settings.Filter}")} in {pack.Root}. Add <section>/tests/<CONTROL-ID>/<case>.json.");
            return ExitCodes.BadInput;
        }
        var runner = new FixtureRunner(new PackEvaluator(Clock.Provider), settings.CacheDirectory(), Clock.Provider);
        var results = new List<FixtureResult>();
        foreach (var fixture in cases)
        {
            var result = runner.Run(pack, fixture);
            results.Add(result);
            if (!settings.Json) Print(result);
        }
        var failed = results.Count(r => !r.Passed);
        if (settings.Json)
            Output.Raw(JsonSerializer.Serialize(results.Select(r => new
            {
                controlId = r.Case.ControlId,
                @case = r.Case.Name,
                file = r.Case.File,
                passed = r.Passed,
                expected = OutcomeSpelling.Name(r.Case.Expect.Outcome),
                actual = r.ActualOutcome is { } o ? OutcomeSpelling.Name(o) : null,
                message = r.ActualMessage,
                failure = r.Failure,
            }), new JsonSerializerOptions { WriteIndented = true }) + "\n");
        var summary = $"{results.Count - failed} passed, {failed} failed ({results.Count} fixtures, {results.Select(r => r.Case.ControlId).Distinct().Count()} controls)";
        if (failed == 0) Output.Success(summary); else Output.Error(summary);
        return failed == 0 ? ExitCodes.Success : ExitCodes.Findings;
    }

    private static void Print(FixtureResult result)
    {
        var mark = result.Passed ? "[green]PASS[/]" : "[red]FAIL[/]";
        Output.Data.MarkupLine($"{mark} {Markup.Escape(result.Case.ControlId)} / {Markup.Escape(result.Case.Name)}");
        if (!result.Passed)
        {
            Output.Data.MarkupLine($"     [grey]{Markup.Escape(result.Case.File)}[/]");
            Output.Data.MarkupLine($"     {Markup.Escape(result.Failure ?? "")}");
            Output.Data.MarkupLine($"     [grey]message: {Markup.Escape(result.ActualMessage)}[/]");
        }
    }
}
