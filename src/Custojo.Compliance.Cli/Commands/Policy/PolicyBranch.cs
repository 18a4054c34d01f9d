using Custojo.Compliance.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands.Policy;

/// <summary>The <c>custojo policy</c> commands: for security teams writing and testing policies.</summary>
internal static class PolicyBranch
{
    public static void Register(IConfigurator config) => config.AddBranch<GlobalSettings>("policy", policy =>
    {
        policy.SetDescription("Write, lint, test and document policies.");
        policy.AddCommand<PolicyTestCommand>("test")
            .WithDescription("Run the pack's fixture tests (<section>/tests/<CONTROL-ID>/<case>.json) on in-memory stores.")
            .WithExample("policy", "test")
            .WithExample("policy", "test", "--filter", "BKP-DB");
    });
}
