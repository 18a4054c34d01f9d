using Custojo.Compliance.Cli.Infrastructure;
using Custojo.Compliance.Engine.Waivers;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands.Waivers;

/// <summary><c>custojo waiver schema</c>: the published JSON Schema of waivers.json. Needs no workspace.</summary>
internal sealed class WaiverSchemaCommand : Command<GlobalSettings>
{
    public override int Execute(CommandContext context, GlobalSettings settings, CancellationToken cancellationToken)
    {
        Output.Raw(WaiverFile.SchemaText.TrimEnd() + "\n");
        return ExitCodes.Success;
    }
}
