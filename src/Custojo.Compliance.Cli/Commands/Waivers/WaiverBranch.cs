using Custojo.Compliance.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands.Waivers;

/// <summary>The <c>custojo waiver</c> commands: add a governed waiver, list waivers with their state, print the file's schema.</summary>
internal static class WaiverBranch
{
    public static void Register(IConfigurator config) => config.AddBranch<GlobalSettings>("waiver", waiver =>
    {
        waiver.SetDescription("Governed waivers (waivers.json): accepted deviations from a control, with approver, justification and expiry.");
        waiver.AddCommand<WaiverAddCommand>("add")
            .WithDescription("Add a waiver to waivers.json: the control must exist in the pack, --expires must be after now and within waivers.maxDurationDays; the next id (WVR-0001, …) is printed. Nothing is written on any error (exit 2).")
            .WithExample("waiver", "add", "--control", "SEC-AUTH-01", "--justification", "Contractor leaves on 15 Dec; MFA token on order", "--approver", "Dana Ops (CISO)", "--expires", "30d", "--ticket", "CHG-2411")
            .WithExample("waiver", "add", "--control", "BKP-DB-03", "--scope", "db-0?", "--justification", "Storage migration", "--approver", "Sam Lead", "--expires", "2027-01-31T23:00:00Z", "--residual-risk", "Up to 2 h of transactions could be lost");
        waiver.AddCommand<WaiverListCommand>("list")
            .WithDescription("List the waivers with their state now (active, expiring-soon, expired, not-yet-valid) and the days left.")
            .WithExample("waiver", "list")
            .WithExample("waiver", "list", "--format", "json");
        waiver.AddCommand<WaiverSchemaCommand>("schema")
            .WithDescription("Print the published JSON Schema of waivers.json. Needs no workspace.")
            .WithExample("waiver", "schema");
    });
}
