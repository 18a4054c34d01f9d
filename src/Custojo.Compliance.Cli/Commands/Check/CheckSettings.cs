using System.ComponentModel;
using Custojo.Compliance.Cli.Infrastructure;
using Custojo.Compliance.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands.Check;

/// <summary>Options of <c>custojo check</c>.</summary>
internal sealed class CheckSettings : GlobalSettings
{
    [CommandOption("--from <T>")]
    [Description("Window start: a date (local midnight) or an instant with offset. Use with --to.")]
    public string? From { get; init; }

    [CommandOption("--to <T>")]
    [Description("Window end (exclusive): a date or an instant with offset.")]
    public string? To { get; init; }

    [CommandOption("--period <P>")]
    [Description("A calendar period in the installation's zone: 2026-Q3, 2026-10, 2026-W42, 2026-10-05.")]
    public string? Period { get; init; }

    [CommandOption("--last <DURATION>")]
    [Description("The completed local days (or hours) before now: 30d, 2w, 12h. Default: 30d.")]
    public string? Last { get; init; }

    [CommandOption("--as-of <T>")]
    [Description("Use only evidence imported at or before this instant (what was known then).")]
    public string? AsOf { get; init; }

    [CommandOption("--waivers <FILE>")]
    [Description("Apply the waivers of this file (it must exist) instead of paths.waivers of custojo.json (waivers.json; none when missing).")]
    public string? Waivers { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("table, json, junit, sarif, md or csv.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    [CommandOption("--fail-on <SEVERITY>")]
    [Description("Lowest severity whose fail, error or no-evidence makes the exit code 1: critical, high, medium, low, info. Default: check.failOn of custojo.json (low).")]
    public string? FailOn { get; init; }

    [CommandOption("--controls <IDS>")]
    [Description("Evaluate only these control ids (comma-separated); other files are not even compiled.")]
    public string? Controls { get; init; }

    [CommandOption("--tags <TAGS>")]
    [Description("Evaluate only controls with one of these tags (comma-separated).")]
    public string? Tags { get; init; }

    [CommandOption("--section <SECTIONS>")]
    [Description("Evaluate only these pack sections (folders, comma-separated), e.g. backup.")]
    public string? Section { get; init; }

    [CommandOption("--baseline <RUN|REPORT>")]
    [Description("Compare the new run with this baseline and print the diff: latest, previous, #N, a run id, or a signed report PDF (verified first). Resolved before the new run is saved.")]
    public string? Baseline { get; init; }

    [CommandOption("--trust <CERT>")]
    [Description("With --baseline REPORT.pdf: PEM or DER certificate the report's signer must chain to.")]
    public string? Trust { get; init; }

    [CommandOption("--fail-on-drift")]
    [Description("With --baseline: only regressions against the baseline decide the exit code (1), for a nightly scheduler.")]
    public bool FailOnDrift { get; init; }

    [CommandOption("--no-cache")]
    [Description("Compile every policy afresh instead of using the compiled-policy cache.")]
    public bool NoCache { get; init; }

    public override ValidationResult Validate()
    {
        if (Format != "table" && (!ReportFormats.TryParse(Format, out var format) || format is ReportFormat.Pdf or ReportFormat.Oscal))
            return ValidationResult.Error($"--format {Format}: use table, json, junit, sarif, md or csv (PDF and OSCAL come from custojo report).");
        if (FailOn is not null && !Severities.TryParse(FailOn, out _))
            return ValidationResult.Error($"--fail-on {FailOn}: use critical, high, medium, low or info.");
        if (Trust is not null && Baseline is null)
            return ValidationResult.Error("--trust applies to a --baseline report PDF; give --baseline REPORT.pdf as well.");
        if (FailOnDrift && Baseline is null)
            return ValidationResult.Error("--fail-on-drift needs --baseline latest|RUN|REPORT.pdf to compare with.");
        return ValidationResult.Success();
    }

    public static IReadOnlyList<string> List(string? text) =>
        text is null ? [] : [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
