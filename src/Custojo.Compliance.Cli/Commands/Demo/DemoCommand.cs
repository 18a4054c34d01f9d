using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Custojo.Compliance.Cli.Commands.Check;
using Custojo.Compliance.Cli.Infrastructure;
using Custojo.Compliance.Engine.Packs;
using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Engine.Workspace;
using Custojo.Compliance.Evidence;
using Custojo.Compliance.Evidence.Demo;
using Custojo.Compliance.Evidence.Import;
using Custojo.Compliance.Reporting;
using Custojo.Compliance.Reporting.Signing;
using Custojo.Compliance.Sdk.Results;
using Custojo.Compliance.Sdk.Time;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands.Demo;

/// <summary>
/// <c>custojo demo</c>: a demo workspace with a generated, deterministic history of a Custojo
/// installation (and its planted violations), imported, checked and reported as a signed PDF.
/// </summary>
internal sealed class DemoCommand : Command<DemoSettings>
{
    private const string Organisation = "Custojo Demo Ltd";

    public override int Execute(CommandContext context, DemoSettings settings, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var root = PrepareFolder(settings);
        WorkspaceInitializer.Initialize(root, Organisation, "custojo-demo", settings.TimeZone, force: true);
        var certificate = DemoCertificate.Write(Path.Combine(root, ".custojo"), Organisation, "", Clock.Provider);
        ConfigureDemo(root, certificate, settings.Scale);
        var workspace = Workspace.Load(root);
        var window = Window(settings, workspace.Zone);
        Output.Note($"Demo workspace {root}: {settings.Days} days {window.Format(window.From)} .. {window.Format(window.To)} ({workspace.Zone.Id}), scale {settings.Scale}, seed {settings.Seed}.");

        var files = DemoEvidenceFiles.Write(DemoHistory.Generate(window.From, window.To, workspace.Zone, settings.Scale, settings.Seed), Path.Combine(root, "evidence"));
        var generated = total.Elapsed;
        var import = WorkspaceStore.Open(workspace).Import(files, new ImportOptions { SourceLabel = "custojo demo", Zone = workspace.Zone }, cancellationToken);
        if (!import.Succeeded)
            throw new InvalidOperationException($"The demo history did not import: {string.Join("; ", import.Errors.Take(3).Select(e => e.ToString()))}");
        var imported = total.Elapsed;
        Output.Note($"Imported {import.NewRecords:N0} records of {import.NewByKind.Count} kinds from {files.Count} files ({(imported - generated).TotalSeconds:0.0} s).");

        var pack = PolicyPack.Load(workspace.RequirePolicies(), workspace.CachePath);
        var run = ProgressReporter.Run("demo check", progress => new ComplianceCheck(Clock.Provider).Run(new CheckRequest { Workspace = workspace, Pack = pack, Window = window, HoldCollector = true, Progress = progress }));
        var checkedAt = total.Elapsed;

        using var signer = ReportSigner.FromPfx(certificate.PfxPath, "");
        var written = new ReportRenderer(Clock.Provider).Render(ReportInputs.For(run, pack, new RunStore(workspace.StorePath).Outcomes()), workspace.ReportsPath, ReportFormats.All, signer);
        var pdf = written.Single(w => w.Format == ReportFormat.Pdf).Path;

        var matches = PrintSummary(run);
        Output.Data.WriteLine();
        Output.Data.WriteLine($"Signed report: {pdf}");
        Output.Data.WriteLine($"  (signed with a self-signed demo certificate, '{DemoCertificate.Label}')");
        Output.Data.WriteLine($"Verify it:     ./custojo verify {pdf} --trust {certificate.CertificatePemPath}");
        Output.Data.WriteLine($"Check again:   cd {root} && custojo check --last {settings.Days}d{(settings.End is null ? "" : $" (or --from {window.Format(window.From)[..10]} --to {window.Format(window.To)[..10]})")}");
        Output.Note($"Timing: generate {generated.TotalSeconds:0.0} s, import {(imported - generated).TotalSeconds:0.0} s, check {(checkedAt - imported).TotalSeconds:0.0} s, report {(total.Elapsed - checkedAt).TotalSeconds:0.0} s, total {total.Elapsed.TotalSeconds:0.0} s.");
        return matches ? ExitCodes.Success : ExitCodes.Findings;
    }

    /// <summary>Prints results and whether exactly the planted violations were found; true when they were.</summary>
    private static bool PrintSummary(RunResult run)
    {
        Output.Data.WriteLine();
        Output.Data.WriteLine($"Run {run.RunId}: {RunTable.Summary(run)}.");
        var planted = DemoHistory.Planted;
        var table = new Table().Border(TableBorder.Simple).Title("Planted violations");
        table.AddColumn("Control");
        table.AddColumn("Found");
        table.AddColumn("What was planted");
        table.AddColumn("What the check said");
        var allFound = true;
        foreach (var violation in planted)
        {
            var result = run.Results.FirstOrDefault(r => r.ControlId == violation.ControlId);
            var found = result?.Outcome == Outcome.Fail;
            allFound &= found;
            table.AddRow(Markup.Escape(violation.ControlId), found ? "[green]yes[/]" : "[red]NO[/]", Markup.Escape(violation.Description), Markup.Escape(result?.Findings.FirstOrDefault()?.Message ?? result?.Message ?? "control not in the pack"));
        }
        Output.Data.Write(table);
        var unexpected = run.Results.Where(r => r.Outcome is not (Outcome.Pass or Outcome.NotApplicable) && planted.All(p => p.ControlId != r.ControlId)).ToList();
        foreach (var result in unexpected)
            Output.Warning($"Unexpected {OutcomeSpelling.Name(result.Outcome)}: {result.ControlId}: {result.Message}");
        if (allFound && unexpected.Count == 0)
            Output.Success($"The check found exactly the {planted.Count} planted violations; every other control passed.");
        return allFound && unexpected.Count == 0;
    }

    private static string PrepareFolder(DemoSettings settings)
    {
        var root = Path.GetFullPath(settings.Dir);
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            if (!settings.Force)
                throw new InputException($"{root} already exists and is not empty. Use --force to replace a previous demo, or --dir to choose another folder.");
            if (!File.Exists(Path.Combine(root, Workspace.ConfigFileName)))
                throw new InputException($"{root} is not a custojo workspace: --force only replaces a previous demo. Choose another --dir.");
            Directory.Delete(root, recursive: true);
        }
        Directory.CreateDirectory(root);
        return root;
    }

    /// <summary>
    /// The demo signs with its own certificate, and gives each control time in proportion to the volume:
    /// at --scale 10 a control reads ten times the records of the default 10-second budget's scale 1.
    /// </summary>
    private static void ConfigureDemo(string root, DemoCertificateFiles certificate, int scale)
    {
        var path = Path.Combine(root, Workspace.ConfigFileName);
        var config = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        config["signer"] = new JsonObject { ["pfx"] = Path.GetRelativePath(root, certificate.PfxPath).Replace('\\', '/') };
        config["check"]!["controlTimeoutSeconds"] = 10 * scale;
        File.WriteAllText(path, config.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    private static AuditWindow Window(DemoSettings settings, TimeZoneInfo zone)
    {
        var end = settings.End is null
            ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Clock.Provider.GetUtcNow(), zone).DateTime)
            : DateOnly.TryParseExact(settings.End, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw new InputException($"--end {settings.End}: expected a date like 2026-11-24.");
        var to = AuditPeriod.Parse(end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), zone).From;
        var from = AuditPeriod.Parse(end.AddDays(-settings.Days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), zone).From;
        return new AuditWindow(from, to, zone);
    }
}
