using Custojo.Compliance.Cli.Commands;
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
    }
}
