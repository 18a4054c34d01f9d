using System.Globalization;
using Custojo.Compliance.Cli.Infrastructure;
using Custojo.Compliance.Engine.Packs;
using Custojo.Compliance.Engine.Waivers;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands.Waivers;

/// <summary><c>custojo waiver list</c>: every waiver of the file with its state now and the days it has left.</summary>
internal sealed class WaiverListCommand : Command<WaiverFileSettings>
{
    public override int Execute(CommandContext context, WaiverFileSettings settings, CancellationToken cancellationToken)
    {
        var workspace = settings.OpenWorkspace();
        var path = settings.WaiversPath(workspace, mayBeNew: false);
        var waivers = WaiverFile.Load(path, PolicyPack.Load(workspace.RequirePolicies()).ControlIds(), workspace.Config.Waivers);
        var now = Clock.Provider.GetUtcNow();
        var warnWithinDays = workspace.Config.Waivers.WarnWithinDays;
        if (settings.Json)
        {
            WaiverJson.Write(waivers, now, warnWithinDays);
            return ExitCodes.Success;
        }
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in new[] { "Id", "Control", "State", "Expires", "Days left", "Approver", "Ticket", "Scope", "Justification" }) table.AddColumn(column);
        foreach (var waiver in waivers)
        {
            table.AddRow(
                Markup.Escape(waiver.Id),
                Markup.Escape(waiver.ControlId),
                State(WaiverApplication.StateOf(waiver, now, warnWithinDays)),
                WaiverText.Local(waiver.Expires, workspace.Zone),
                WaiverWarnings.DaysLeft(waiver, now).ToString(CultureInfo.InvariantCulture),
                Markup.Escape(waiver.Approver),
                Markup.Escape(waiver.Ticket ?? "-"),
                Markup.Escape(waiver.Scope ?? "-"),
                Markup.Escape(waiver.Justification));
        }
        Output.Data.Write(table);
        Output.Note($"{waivers.Count} waiver(s) in {path}; states as of {now:yyyy-MM-dd'T'HH:mm:ss'Z'}, expiring-soon within {warnWithinDays} days.");
        return ExitCodes.Success;
    }

    private static string State(WaiverState state) => state switch
    {
        WaiverState.Active => "[green]active[/]",
        WaiverState.ExpiringSoon => "[yellow]expiring-soon[/]",
        WaiverState.Expired => "[red]expired[/]",
        _ => "[grey]" + WaiverText.StateName(state) + "[/]",
    };
}
