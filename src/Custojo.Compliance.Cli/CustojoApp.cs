using Custojo.Compliance.Cli.Commands;
using Custojo.Compliance.Cli.Commands.Check;
using Custojo.Compliance.Cli.Commands.Demo;
using Custojo.Compliance.Cli.Commands.Diff;
using Custojo.Compliance.Cli.Commands.Evidence;
using Custojo.Compliance.Cli.Commands.Policy;
using Custojo.Compliance.Cli.Commands.Report;
using Custojo.Compliance.Cli.Commands.Runs;
using Custojo.Compliance.Cli.Commands.Waivers;
using Custojo.Compliance.Cli.Infrastructure;
using Custojo.Compliance.Engine;
using Custojo.Compliance.Engine.Workspace;
using Custojo.Compliance.Evidence;
using Custojo.Compliance.Evidence.Storage;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli;

/// <summary>Composes the <c>custojo</c> command tree and maps every outcome to an exit code, once, at the top.</summary>
internal static class CustojoApp
{
    public static int Run(string[] args)
    {
        if (args.Length > 0 && !args.Any(a => a is "--help" or "-h" or "--version" or "-v")) WorkspaceConfigReader.PrepareInBackground();
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
        finally
        {
            EvidenceDatabase.CloseAll();
        }
    }

    private static void Configure(IConfigurator config)
    {
        config.SetApplicationName("custojo");
        config.SetApplicationVersion(EngineInfo.Version);
        config.PropagateExceptions();
        config.SetInterceptor(new GlobalOptionsInterceptor());
        config.Settings.StrictParsing = true;

        config.AddCommand<InitCommand>("init")
            .WithDescription("Create a workspace: custojo.json (organisation, installation, time zone, paths) and the evidence store.")
            .WithExample("init", "./acme", "--organisation", "Acme", "--time-zone", "Europe/Berlin");
        config.AddCommand<DemoCommand>("demo")
            .WithDescription("Create a demo workspace with a realistic, deterministic history of a Custojo installation (with planted violations), import it, check it and write a signed PDF report.")
            .WithExample("demo")
            .WithExample("demo", "--dir", "/tmp/demo", "--days", "90", "--end", "2026-11-24", "--seed", "7")
            .WithExample("demo", "--scale", "10", "--force");
        EvidenceBranch.Register(config);
        PolicyBranch.Register(config);
        config.AddBranch<GlobalSettings>("runs", runs =>
        {
            runs.SetDescription("The workspace's run history.");
            runs.AddCommand<RunsListCommand>("list").WithDescription("List stored runs: number, id, window, when, score, counts.").WithExample("runs", "list").WithExample("runs", "list", "--format", "json");
            runs.AddCommand<RunsReplayCommand>("replay").WithDescription("Evaluate a stored run again from the same evidence, pack, parameters, controls and waivers; exit 0 when the results are byte-identical, 1 listing the controls that differ. Not saved as a run.").WithExample("runs", "replay", "latest").WithExample("runs", "replay", "#2", "--format", "json");
            runs.AddCommand<RunsShowCommand>("show").WithDescription("Show one stored run as a table or as its JSON results.").WithExample("runs", "show", "latest").WithExample("runs", "show", "#2", "--format", "json");
        });
        WaiverBranch.Register(config);
        config.AddCommand<DiffCommand>("diff")
            .WithDescription("Compare two runs (or signed reports): new failures, resolved, still failing, outcome changes, added/removed controls, parameter and waiver changes. Exit 1 on any regression.")
            .WithExample("diff", "previous", "latest")
            .WithExample("diff", "reports/custojo-report-run-1234.pdf", "latest", "--trust", "signer.pem")
            .WithExample("diff", "#1", "#3", "--format", "json");
        config.AddCommand<ReportCommand>("report")
            .WithDescription("Render a stored run as a signed PDF (results attached) plus JSON, JUnit, SARIF, Markdown, CSV and OSCAL.")
            .WithExample("report", "--sign-pfx", "signer.pfx", "--sign-password-env", "CUSTOJO_SIGN_PASSWORD")
            .WithExample("report", "--run", "previous", "--formats", "json,oscal", "--out", "out/")
            .WithExample("report", "--formats", "pdf", "--unsigned");
        config.AddCommand<VerifyCommand>("verify")
            .WithDescription("Verify a signed report: signature over the whole file, signer and trust, attached results against the printed hash, and (in a workspace or with --db) that its run and evidence exist.")
            .WithExample("verify", "reports/custojo-report-run-1234.pdf", "--trust", "signer.pem");
        config.AddBranch<GlobalSettings>("cache", cache =>
        {
            cache.SetDescription("The compiled-policy cache (CUSTOJO_CACHE or paths.cache of custojo.json).");
            cache.AddCommand<CacheClearCommand>("clear").WithDescription("Delete every compiled policy: the next run compiles afresh.").WithExample("cache", "clear");
        });
        config.AddCommand<CheckCommand>("check")
            .WithDescription("Evaluate the policy pack over an audit window against the workspace's evidence, record the run, and exit 1 on failures at or above --fail-on.")
            .WithExample("check", "--last", "30d")
            .WithExample("check", "--period", "2026-Q3", "--format", "json")
            .WithExample("check", "--from", "2026-10-01", "--to", "2026-11-01", "--controls", "BKP-DB-03")
            .WithExample("check", "--section", "backup", "--fail-on", "high", "--format", "junit")
            .WithExample("check", "--last", "30d", "--waivers", "waivers-q4.json")
            .WithExample("check", "--last", "30d", "--baseline", "latest", "--fail-on-drift")
            .WithExample("check", "--last", "90d", "--baseline", "reports/custojo-report-run-1234.pdf", "--trust", "signer.pem");
    }
}
