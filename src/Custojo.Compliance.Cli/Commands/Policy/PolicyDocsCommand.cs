using System.ComponentModel;
using Custojo.Compliance.Cli.Infrastructure;
using Custojo.Compliance.Engine.Catalogue;
using Custojo.Compliance.Engine.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands.Policy;

/// <summary><c>custojo policy docs</c>: the control catalogue and traceability matrix for auditors.</summary>
internal sealed class PolicyDocsCommand : Command<PolicyDocsCommand.Settings>
{
    public sealed class Settings : GlobalSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("md or json.")]
        [DefaultValue("md")]
        public string Format { get; init; } = "md";

        public override ValidationResult Validate() =>
            Format is "md" or "json" ? ValidationResult.Success() : ValidationResult.Error($"--format {Format}: use md or json.");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var pack = settings.OpenPack();
        var description = new PackEvaluator(Clock.Provider).Describe(pack, settings.CacheDirectory());
        if (settings.Format == "json")
        {
            using var stdout = Console.OpenStandardOutput();
            ControlCatalogueJson.Write(pack, description, stdout);
            Console.Out.WriteLine();
        }
        else
        {
            Output.Raw(ControlCatalogueMarkdown.Write(pack, description));
        }
        foreach (var problem in description.Problems) Output.Warning(problem);
        return description.Problems.Count == 0 ? ExitCodes.Success : ExitCodes.Findings;
    }
}
