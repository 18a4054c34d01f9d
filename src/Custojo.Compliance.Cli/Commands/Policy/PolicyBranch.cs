using Custojo.Compliance.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands.Policy;

/// <summary>The <c>custojo policy</c> commands: for security teams writing and testing policies.</summary>
internal static class PolicyBranch
{
    public static void Register(IConfigurator config) => config.AddBranch<GlobalSettings>("policy", policy =>
    {
        policy.SetDescription("Write, lint, test and document policies.");
        policy.AddCommand<PolicyLintCommand>("lint")
            .WithDescription("Analyse every policy with the compiler and the CJ rules; print diagnostics with file:line:col. Exit 1 on any error.")
            .WithExample("policy", "lint")
            .WithExample("policy", "lint", "--format", "sarif");
        policy.AddCommand<PolicyListCommand>("list")
            .WithDescription("List the pack's controls: id, severity, section, requirements, title.")
            .WithExample("policy", "list")
            .WithExample("policy", "list", "--format", "json");
        policy.AddCommand<PolicyDocsCommand>("docs")
            .WithDescription("Print the control catalogue for auditors (parameters, defaults, frameworks, remediation) and the requirement -> controls matrix.")
            .WithExample("policy", "docs", "--format", "md")
            .WithExample("policy", "docs", "--format", "json");
        policy.AddCommand<PolicyTestCommand>("test")
            .WithDescription("Run the pack's fixture tests (<section>/tests/<CONTROL-ID>/<case>.json), each in a throw-away store filled through the real import.")
            .WithExample("policy", "test")
            .WithExample("policy", "test", "--filter", "BKP-DB");
    });
}
