using System.ComponentModel;
using Custojo.Compliance.Cli.Commands.Check;
using Custojo.Compliance.Cli.Infrastructure;
using Custojo.Compliance.Engine.Packs;
using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Reporting;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands.Runs;

/// <summary><c>custojo runs show RUN</c>: one stored run, as a table or JSON.</summary>
internal sealed class RunsShowCommand : Command<RunsShowCommand.Settings>
{
    public sealed class Settings : TableOrJsonSettings
    {
        [CommandArgument(0, "[RUN]")]
        [Description("latest (default), previous, #N or a run id (prefix).")]
        public string Run { get; init; } = "latest";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var workspace = settings.OpenWorkspace();
        var runs = new RunStore(workspace.StorePath);
        var stored = runs.Find(settings.Run);
        if (settings.Json)
        {
            var pack = Directory.Exists(workspace.PoliciesPath) ? PolicyPack.Load(workspace.PoliciesPath) : null;
            using var stdout = Console.OpenStandardOutput();
            ReportFormats.Write(ReportFormat.Json, ReportInputs.For(stored.Run, pack, runs.Outcomes()), stdout);
        }
        else
        {
            RunTable.Write(Output.Data, stored.Run);
        }
        Output.Note($"Run #{stored.Sequence} {stored.Run.RunId}, window {stored.Run.From:O} .. {stored.Run.To:O}, executed {stored.Run.StartedAt:O}: {RunTable.Summary(stored.Run)}.");
        return ExitCodes.Success;
    }
}
