using System.ComponentModel;
using Custojo.Compliance.Cli.Infrastructure;
using Custojo.Compliance.Engine.Workspace;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands;

/// <summary><c>custojo init [DIR]</c>: creates a workspace.</summary>
internal sealed class InitCommand : Command<InitCommand.Settings>
{
    public sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "[DIR]")]
        [Description("Folder of the new workspace (created if missing). Default: the current folder.")]
        public string Directory { get; init; } = ".";

        [CommandOption("--organisation <NAME>")]
        [Description("Organisation named on reports.")]
        [DefaultValue("My Organisation")]
        public string Organisation { get; init; } = "My Organisation";

        [CommandOption("--installation <NAME>")]
        [Description("Name of the Custojo installation audited.")]
        [DefaultValue("custojo-production")]
        public string Installation { get; init; } = "custojo-production";

        [CommandOption("--time-zone <IANA>")]
        [Description("IANA time zone of the installation, e.g. Europe/Berlin.")]
        [DefaultValue("UTC")]
        public string TimeZone { get; init; } = "UTC";

        [CommandOption("--force")]
        [Description("Overwrite an existing custojo.json (the evidence store is kept).")]
        public bool Force { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var configPath = WorkspaceInitializer.Initialize(settings.Directory, settings.Organisation, settings.Installation, settings.TimeZone, settings.Force);
        var workspace = Workspace.Load(Path.GetDirectoryName(configPath)!, settings.Db, settings.Policies);
        WorkspaceStore.Open(workspace);
        Output.Success($"Created workspace {workspace.Root}");
        Output.Note($"  config: {configPath}");
        Output.Note($"  store:  {workspace.StorePath}");
        Output.Note("Next: custojo evidence import FILE... then custojo check --last 30d");
        return ExitCodes.Success;
    }
}
