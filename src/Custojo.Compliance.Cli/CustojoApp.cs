using Custojo.Compliance.Cli.Commands;
using Custojo.Compliance.Cli.Commands.Check;
using Custojo.Compliance.Cli.Commands.Policy;
using Custojo.Compliance.Cli.Infrastructure;
using Custojo.Compliance.Engine;
using Custojo.Compliance.Evidence;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli;

/// <summary>Composes the <c>custojo</c> command tree and maps every outcome to an exit code, once, at the top.</summary>
internal static class CustojoApp
{
    public static int Run(string[] args)
    {
        var app = new CommandApp();
        app.Configure(Configure);
        try
        {
            return app.Run(args);
        }
        catch (Exception ex)
        {
            return ErrorReporter.Report(ex, args.Contains("--debug"));
        }
    }

    private static void Configure(IConfigurator config)
    {
        config.SetApplicationName("custojo");
        config.SetApplicationVersion(EngineInfo.Version);
        config.PropagateExceptions();
        config.SetInterceptor(new GlobalOptionsInterceptor());
        config.Settings.StrictParsing = true;
        config.Settings.Console = Output.Messages;

        config.AddCommand<InitCommand>("init")
            .WithDescription("Create a workspace: custojo.json (organisation, installation, time zone, paths) and the evidence store.")
            .WithExample("init", "./acme", "--organisation", "Acme", "--time-zone", "Europe/Berlin");
        PolicyBranch.Register(config);
        config.AddCommand<CheckCommand>("check")
            .WithDescription("Evaluate the policy pack over an audit window against the workspace's evidence, record the run, and exit 1 on failures at or above --fail-on.")
            .WithExample("check", "--last", "30d")
            .WithExample("check", "--period", "2026-Q3", "--format", "json")
            .WithExample("check", "--from", "2026-10-01", "--to", "2026-11-01", "--controls", "BKP-DB-03")
            .WithExample("check", "--section", "backup", "--fail-on", "high", "--format", "junit");
    }
}
