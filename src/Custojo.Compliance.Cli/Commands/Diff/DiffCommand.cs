using System.ComponentModel;
using Custojo.Compliance.Cli.Infrastructure;
using Custojo.Compliance.Engine.Drift;
using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Reporting.Verification;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands.Diff;

/// <summary><c>custojo diff A B</c>: what changed from run (or signed report) A to B; exit 1 on any regression.</summary>
internal sealed class DiffCommand : Command<DiffCommand.Settings>
{
    public sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "<A>")]
        [Description("The baseline: latest, previous, #N, a run id (prefix) or a signed report PDF.")]
        public string Before { get; init; } = "";

        [CommandArgument(1, "<B>")]
        [Description("The run compared with it, named the same ways.")]
        public string After { get; init; } = "";

        [CommandOption("--format <FORMAT>")]
        [Description("table, json or md.")]
        [DefaultValue("table")]
        public string Format { get; init; } = "table";

        [CommandOption("--trust <CERT>")]
        [Description("PEM or DER certificate a report's signer must chain to.")]
        public string? Trust { get; init; }

        public override ValidationResult Validate() =>
            Format is "table" or "json" or "md" ? ValidationResult.Success() : ValidationResult.Error($"--format {Format}: use table, json or md.");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var trust = settings.Trust is null ? null : ReportVerifier.LoadTrust(settings.Trust);
        RunStore? store = null;
        RunStore Runs() => store ??= new RunStore(settings.OpenWorkspace().StorePath);
        var before = RunReferences.Resolve(settings.Before, Runs, trust);
        var after = RunReferences.Resolve(settings.After, Runs, trust);
        var diff = RunComparison.Compare(before, after);
        Write(diff, settings.Format);
        return Verdict(diff);
    }

    /// <summary>Writes the diff to stdout in <paramref name="format"/> (table, json or md).</summary>
    public static void Write(RunDiff diff, string format)
    {
        switch (format)
        {
            case "json":
                using (var stdout = Console.OpenStandardOutput()) RunDiffJson.Write(diff, stdout);
                break;
            case "md":
                RunDiffMarkdown.Write(diff, Console.Out);
                break;
            default:
                DiffTable.Write(Output.Data, diff);
                break;
        }
    }

    /// <summary>Says whether the diff is a regression and returns the exit code it means: 1 on regression, else 0.</summary>
    public static int Verdict(RunDiff diff)
    {
        if (diff.Before.From != diff.After.From || diff.Before.To != diff.After.To || diff.Before.AsOf != diff.After.AsOf)
            Output.Note($"The runs cover different windows: {Window(diff.Before)} and {Window(diff.After)}.");
        if (diff.HasRegression)
        {
            Output.Error($"Regression since {diff.Before.Source}: {DiffRows.Summary(diff)}.");
            return ExitCodes.Findings;
        }
        Output.Success($"No regression since {diff.Before.Source}: {DiffRows.Summary(diff)}.");
        return ExitCodes.Success;
    }

    private static string Window(RunSnapshot run) =>
        $"{run.From:yyyy-MM-dd'T'HH:mm'Z'} .. {run.To:yyyy-MM-dd'T'HH:mm'Z'}{(run.AsOf is { } asOf ? $" as of {asOf:yyyy-MM-dd'T'HH:mm'Z'}" : "")} ({run.Source})";
}
