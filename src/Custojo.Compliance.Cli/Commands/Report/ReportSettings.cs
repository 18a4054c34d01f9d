using System.ComponentModel;
using Custojo.Compliance.Cli.Infrastructure;
using Custojo.Compliance.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands.Report;

/// <summary>Options of <c>custojo report</c>.</summary>
internal sealed class ReportSettings : GlobalSettings
{
    [CommandOption("--run <RUN>")]
    [Description("The run to report: latest (default), previous, #N or a run id (prefix).")]
    [DefaultValue("latest")]
    public string Run { get; init; } = "latest";

    [CommandOption("--out <DIR>")]
    [Description("Output folder. Default: paths.reports of custojo.json (reports/).")]
    public string? Out { get; init; }

    [CommandOption("--formats <LIST>")]
    [Description("Comma-separated: pdf, json, junit, sarif, md, csv, oscal. Default: all.")]
    public string? Formats { get; init; }

    [CommandOption("--sign-pfx <FILE>")]
    [Description("PKCS#12 file with the signing certificate and key.")]
    public string? SignPfx { get; init; }

    [CommandOption("--sign-password-env <VAR>")]
    [Description("Environment variable holding the PFX password.")]
    public string? SignPasswordEnv { get; init; }

    [CommandOption("--sign-cert <PEM>")]
    [Description("PEM certificate of the signer (with --sign-key).")]
    public string? SignCert { get; init; }

    [CommandOption("--sign-key <PEM>")]
    [Description("PEM private key of the signer (with --sign-cert).")]
    public string? SignKey { get; init; }

    [CommandOption("--unsigned")]
    [Description("Write the PDF without a signature (explicitly: reports are signed by default).")]
    public bool Unsigned { get; init; }

    public IReadOnlyList<ReportFormat> SelectedFormats()
    {
        if (Formats is null) return ReportFormats.All;
        var selected = new List<ReportFormat>();
        foreach (var name in Formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            selected.Add(ReportFormats.TryParse(name, out var format) ? format : throw new Custojo.Compliance.Evidence.InputException($"--formats: unknown format '{name}'. Use pdf, json, junit, sarif, md, csv, oscal."));
        return [.. selected.Distinct()];
    }

    public override ValidationResult Validate()
    {
        if (Unsigned && (SignPfx ?? SignCert ?? SignKey) is not null)
            return ValidationResult.Error("--unsigned cannot be combined with --sign-pfx, --sign-cert or --sign-key.");
        return ValidationResult.Success();
    }
}
