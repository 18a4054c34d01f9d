using System.ComponentModel;
using Custojo.Compliance.Cli.Infrastructure;
using Custojo.Compliance.Evidence.Import;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands.Evidence;

/// <summary><c>custojo evidence import FILE...</c>: one transaction for all files; every error reported, nothing written on any.</summary>
internal sealed class EvidenceImportCommand : Command<EvidenceImportCommand.Settings>
{
    public sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("Evidence files: JSON (array of records or one record) or NDJSON (one record per line). Each record names its \"kind\".")]
        public string[] Files { get; init; } = [];

        [CommandOption("--format <FORMAT>")]
        [Description("auto (by content), json or ndjson.")]
        [DefaultValue("auto")]
        public string Format { get; init; } = "auto";

        [CommandOption("--source <NAME>")]
        [Description("Label of where the evidence comes from (collector, host, person), kept with the import's provenance.")]
        public string? Source { get; init; }

        [CommandOption("--dry-run")]
        [Description("Validate and count only; write nothing.")]
        public bool DryRun { get; init; }

        [CommandOption("--output <FORMAT>")]
        [Description("text (summary on stderr) or json (the import result on stdout, errors included).")]
        [DefaultValue("text")]
        public string Output { get; init; } = "text";

        public override ValidationResult Validate() =>
            Files.Length == 0 ? ValidationResult.Error("Name at least one evidence file.")
            : Output is not ("text" or "json") ? ValidationResult.Error($"--output {Output}: use text or json.")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var workspace = settings.OpenWorkspace();
        var store = WorkspaceStore.Open(workspace);
        var options = new ImportOptions
        {
            Format = settings.Format,
            SourceLabel = settings.Source,
            DryRun = settings.DryRun,
            Zone = workspace.Zone,
        };
        var result = ImportProgress.Run(progress => store.Import(settings.Files, options with { Progress = progress }, cancellationToken));

        if (settings.Output == "json") ImportResultJson.Write(result);
        foreach (var error in result.Errors) Infrastructure.Output.Error(error.ToString());
        foreach (var note in result.Notes) Infrastructure.Output.Note(note);
        if (!result.Succeeded)
        {
            var shown = result.ErrorCount > result.Errors.Count ? $" (first {result.Errors.Count} shown)" : "";
            Infrastructure.Output.Error($"{result.ErrorCount} error(s){shown} in {settings.Files.Length} file(s): nothing was imported. Fix the records and import again; `custojo evidence schema KIND` shows what each kind needs.");
            return ExitCodes.BadInput;
        }

        var kinds = string.Join(", ", result.NewByKind.Select(k => $"{k.Key} {k.Value}"));
        if (result.DryRun)
        {
            Infrastructure.Output.Success($"Dry run: {result.Summary} in {result.Files.Count} file(s){(kinds.Length > 0 ? $" ({kinds})" : "")}; nothing written.");
            return ExitCodes.Success;
        }
        Infrastructure.Output.Success($"Imported {result.Files.Count} file(s): {result.Summary}{(kinds.Length > 0 ? $" ({kinds})" : "")}.");
        Infrastructure.Output.Note($"Batch #{result.Batch}, chain head {result.ChainHead}");
        return ExitCodes.Success;
    }
}
