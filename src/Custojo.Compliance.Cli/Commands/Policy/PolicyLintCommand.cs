using System.ComponentModel;
using Custojo.Compliance.Cli.Infrastructure;
using Custojo.Compliance.Engine.Linting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands.Policy;

/// <summary><c>custojo policy lint</c>: compiler and CJ diagnostics of every policy, with file:line:col.</summary>
internal sealed class PolicyLintCommand : Command<PolicyLintCommand.Settings>
{
    public sealed class Settings : GlobalSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("text, json or sarif (SARIF 2.1.0, accepted by GitHub code scanning).")]
        [DefaultValue("text")]
        public string Format { get; init; } = "text";

        public override ValidationResult Validate() =>
            Format is "text" or "json" or "sarif" ? ValidationResult.Success() : ValidationResult.Error($"--format {Format}: use text, json or sarif.");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var pack = settings.OpenPack();
        var report = new PolicyAnalysis(pack.Root).AnalysePack(cancellationToken);
        switch (settings.Format)
        {
            case "json":
                using (var stdout = Console.OpenStandardOutput()) LintJsonWriter.Write(report, stdout);
                break;
            case "sarif":
                using (var stdout = Console.OpenStandardOutput()) LintSarifWriter.Write(report, stdout, Path.GetRelativePath(Directory.GetCurrentDirectory(), pack.Root).Replace('\\', '/'));
                break;
            default:
                LintTextWriter.Write(report, Console.Out);
                break;
        }
        var summary = $"{report.Files.Count} policy files: {report.ErrorCount} error(s), {report.WarningCount} warning(s).";
        if (report.HasErrors) Output.Error(summary); else Output.Success(summary);
        return report.HasErrors ? ExitCodes.Findings : ExitCodes.Success;
    }
}
