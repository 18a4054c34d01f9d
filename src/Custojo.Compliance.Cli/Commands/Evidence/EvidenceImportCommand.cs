using System.ComponentModel;
using Custojo.Compliance.Cli.Infrastructure;
using Custojo.Compliance.Engine.Workspace;
using Custojo.Compliance.Evidence.Import;
using Custojo.Compliance.Evidence.Importers;
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
        [Description("auto (recognised by content), json, ndjson, or a tool's output: restic, borg, pgbackrest, pg-stat-archiver, apt-history, dpkg-log, auth-log, lynis, oscap, shadow, login-defs, sadf.")]
        [DefaultValue("auto")]
        public string Format { get; init; } = "auto";

        [CommandOption("--source <NAME>")]
        [Description("Label of where the evidence comes from (collector, host, person), kept with the import's provenance.")]
        public string? Source { get; init; }

        [CommandOption("--timezone <IANA>")]
        [Description("Zone of local times without an offset in tool outputs (apt, dpkg, lynis, borg, syslog). Default: the workspace's zone.")]
        public string? TimeZone { get; init; }

        [CommandOption("--year <YYYY>")]
        [Description("Year of year-less syslog timestamps (traditional auth.log format).")]
        public int? Year { get; init; }

        [CommandOption("--host <NAME>")]
        [Description("Host to record when a tool's output names none (apt, dpkg, shadow, login.defs, restic backup).")]
        public string? Host { get; init; }

        [CommandOption("--observed-at <T>")]
        [Description("When a snapshot-like output without a time was taken (pgbackrest info, shadow, login.defs): an instant with offset. Default: now.")]
        public string? ObservedAt { get; init; }

        [CommandOption("--environment <ENV>")]
        [Description("production, staging or test: the environment of patches from apt/dpkg logs. Default: production.")]
        public string? Environment { get; init; }

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
        var zone = settings.TimeZone is null ? workspace.Zone : WorkspaceConfigReader.ResolveTimeZone(settings.TimeZone, "--timezone");
        var tools = new ToolImportOptions
        {
            ObservedAt = settings.ObservedAt is null ? null : WindowOptions.Instant(settings.ObservedAt, "--observed-at", zone),
            Environment = settings.Environment,
            ZoneOrigin = settings.TimeZone is null ? $"workspace time zone {zone.Id}" : $"--timezone {zone.Id}",
        };
        var options = new ImportOptions
        {
            Format = settings.Format,
            SourceLabel = settings.Source,
            DryRun = settings.DryRun,
            Zone = zone,
            Year = settings.Year,
            Host = settings.Host,
            Readers = ImporterRegistry.Default.FileReaders(tools),
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
        if (result.NewFrom is { } from && result.NewTo is { } to)
            Infrastructure.Output.Note($"New records observed from {from:yyyy-MM-dd HH:mm:ss}Z to {to:yyyy-MM-dd HH:mm:ss}Z; local times without an offset read in {zone.Id}.");
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
