using System.ComponentModel;
using Custojo.Compliance.Cli.Infrastructure;
using Custojo.Compliance.Engine.Packs;
using Custojo.Compliance.Engine.Waivers;
using Custojo.Compliance.Engine.Workspace;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands.Waivers;

/// <summary><c>custojo waiver add</c>: writes one governed waiver to waivers.json, or nothing at all.</summary>
internal sealed class WaiverAddCommand : Command<WaiverAddCommand.Settings>
{
    public sealed class Settings : WaiverFileSettings
    {
        [CommandOption("--control <ID>")]
        [Description("The control waived (see custojo policy list).")]
        public string? Control { get; init; }

        [CommandOption("--justification <TEXT>")]
        [Description("Why the deviation is accepted.")]
        public string? Justification { get; init; }

        [CommandOption("--approver <NAME>")]
        [Description("Who approved the waiver.")]
        public string? Approver { get; init; }

        [CommandOption("--expires <T>")]
        [Description("When it stops applying: an instant with Z or offset (2027-03-31T22:00:00Z), a date (2027-03-31: through that local day), or 90d / 12w from now.")]
        public string? Expires { get; init; }

        [CommandOption("--ticket <REF>")]
        [Description("Reference of the approval, e.g. CHG-2411.")]
        public string? Ticket { get; init; }

        [CommandOption("--scope <FILTER>")]
        [Description("Limit the waiver to subjects (hosts, accounts, packages) matching this pattern (* and ? wildcards); it applies only when every finding's subject matches.")]
        public string? Scope { get; init; }

        [CommandOption("--residual-risk <TEXT>")]
        [Description("The risk that remains while the waiver applies.")]
        public string? ResidualRisk { get; init; }

        public override ValidationResult Validate()
        {
            var missing = new[] { ("--control", Control), ("--justification", Justification), ("--approver", Approver), ("--expires", Expires) }
                .Where(o => string.IsNullOrWhiteSpace(o.Item2)).Select(o => o.Item1).ToList();
            if (missing.Count > 0) return ValidationResult.Error($"Missing {string.Join(", ", missing)}: a waiver needs a control, a justification, an approver and an expiry.");
            return base.Validate();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var workspace = settings.OpenWorkspace();
        var pack = PolicyPack.Load(workspace.RequirePolicies());
        var path = settings.WaiversPath(workspace, mayBeNew: true);
        var now = Clock.Provider.GetUtcNow();
        var request = new WaiverRequest
        {
            ControlId = settings.Control!.Trim(),
            Scope = settings.Scope,
            Justification = settings.Justification!,
            Approver = settings.Approver!,
            Ticket = settings.Ticket,
            Expires = WaiverExpiry.Parse(settings.Expires!, now, workspace.Zone),
            ResidualRisk = settings.ResidualRisk,
        };
        var schemaPath = Path.Combine(workspace.Root, ".custojo", WaiverFile.SchemaFileName);
        var schemaReference = "./" + Path.GetRelativePath(Path.GetDirectoryName(path)!, schemaPath).Replace('\\', '/');
        var waiver = new WaiverAdder(Clock.Provider).Add(path, request, pack.ControlIds(), workspace.Config.Waivers, schemaReference);
        WorkspaceInitializer.WriteWaiverSchema(workspace.Root);

        if (settings.Json) WaiverJson.Write([waiver], now, workspace.Config.Waivers.WarnWithinDays);
        else Output.Raw(waiver.Id + "\n");
        Output.Success($"Added {waiver.Id} for {waiver.ControlId} to {path}: expires {WaiverText.Local(waiver.Expires, workspace.Zone)} ({WaiverWarnings.DaysLeft(waiver, now)} day(s) from now), approved by {waiver.Approver}.");
        return ExitCodes.Success;
    }
}
