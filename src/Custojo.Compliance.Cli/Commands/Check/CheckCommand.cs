using Custojo.Compliance.Cli.Commands.Diff;
using Custojo.Compliance.Cli.Infrastructure;
using Custojo.Compliance.Engine.Drift;
using Custojo.Compliance.Engine.Evaluation;
using Custojo.Compliance.Engine.Packs;
using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Engine.Waivers;
using Custojo.Compliance.Reporting;
using Custojo.Compliance.Reporting.Verification;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands.Check;

/// <summary><c>custojo check</c>: evaluates the pack over an audit window and records the run.</summary>
internal sealed class CheckCommand : Command<CheckSettings>
{
    public override int Execute(CommandContext context, CheckSettings settings, CancellationToken cancellationToken)
    {
        var workspace = settings.OpenWorkspace();
        var pack = PolicyPack.Load(workspace.RequirePolicies(), settings.NoCache ? null : workspace.CachePath);
        var now = Clock.Provider.GetUtcNow();
        var window = WindowOptions.Resolve(settings.From, settings.To, settings.Period, settings.Last, workspace.Zone, now);
        DateTimeOffset? asOf = settings.AsOf is null ? null : WindowOptions.Instant(settings.AsOf, "--as-of", workspace.Zone);
        var waivers = settings.Waivers is null ? null : Path.GetFullPath(settings.Waivers);
        if (waivers is not null && !File.Exists(waivers))
            throw new Compliance.Evidence.InputException($"--waivers {settings.Waivers}: no such file ({waivers}). Give an existing waivers file, or leave the option out to use {workspace.WaiversPath}.");
        var threshold = Severities.Parse(settings.FailOn ?? workspace.Config.Check.FailOn);
        // The baseline is resolved first: "latest" must name the run before this one, and a bad baseline writes nothing.
        using var trust = settings.Trust is null ? null : ReportVerifier.LoadTrust(settings.Trust);
        var baseline = settings.Baseline is null ? null : RunReferences.Resolve(settings.Baseline, () => new RunStore(workspace.StorePath), trust);
        Output.Note($"Window {window.From:yyyy-MM-dd'T'HH:mm'Z'} .. {window.To:yyyy-MM-dd'T'HH:mm'Z'} (UTC) = {window.Format(window.From)} .. {window.Format(window.To)} {workspace.Zone.Id}{(asOf is null ? "" : $", evidence as of {asOf:O}")}");

        var run = ProgressReporter.Run("check", progress => new ComplianceCheck(Clock.Provider).Run(new CheckRequest
        {
            Workspace = workspace,
            Pack = pack,
            Window = window,
            AsOf = asOf,
            WaiversPath = waivers,
            Selection = new ControlSelection(CheckSettings.List(settings.Controls), CheckSettings.List(settings.Tags), CheckSettings.List(settings.Section)),
            UseCache = !settings.NoCache,
            HoldCollector = true, // this process's one evaluation
            Progress = progress,
        }));
        if (run.Results.Count == 0)
            throw new Compliance.Evidence.InputException("No control matches the selection (--controls, --tags, --section). Run custojo policy list to see the controls.");

        if (settings.Format == "table")
            RunTable.Write(Output.Data, run);
        else if (ReportFormats.TryParse(settings.Format, out var format))
        {
            using var stdout = Console.OpenStandardOutput();
            ReportFormats.Write(format, ReportInputs.For(run, pack, history: []), stdout); // no machine format shows earlier runs
        }

        foreach (var warning in WaiverWarnings.For(run.Waivers, workspace.Zone)) Output.Warning(warning);
        var blocking = RunVerdict.Blocking(run, threshold);
        Output.Note($"Run {run.RunId}: {RunTable.Summary(run)}.");
        if (baseline is not null)
        {
            var diff = RunComparison.Compare(baseline, RunSnapshot.Of(run, "this check"));
            if (settings.Format == "table") DiffTable.Write(Output.Data, diff);
            var drift = DiffCommand.Verdict(diff);
            if (settings.FailOnDrift) return drift;
        }
        if (blocking.Count == 0)
        {
            Output.Success($"No fail, error or no-evidence at severity {threshold.ToString().ToLowerInvariant()} or above.");
            return ExitCodes.Success;
        }
        Output.Error($"{blocking.Count} control(s) at severity {threshold.ToString().ToLowerInvariant()} or above did not pass: {string.Join(", ", blocking.Select(b => b.ControlId))}");
        return ExitCodes.Findings;
    }
}
