using Custojo.Compliance.Cli.Infrastructure;
using Custojo.Compliance.Engine.Packs;
using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands.Report;

/// <summary><c>custojo report</c>: renders a stored run in every format, the PDF signed.</summary>
internal sealed class ReportCommand : Command<ReportSettings>
{
    public override int Execute(CommandContext context, ReportSettings settings, CancellationToken cancellationToken)
    {
        var workspace = settings.OpenWorkspace();
        var runs = new RunStore(workspace.StorePath);
        var run = runs.Find(settings.Run).Run;
        var formats = settings.SelectedFormats();
        var pack = Directory.Exists(workspace.PoliciesPath) ? PolicyPack.Load(workspace.PoliciesPath) : null;
        var input = ReportInputs.For(run, pack, runs.Outcomes());
        var directory = settings.Out is not null ? Path.GetFullPath(settings.Out) : workspace.ReportsPath;
        Directory.CreateDirectory(directory);

        var renderer = new ReportRenderer(Clock.Provider);
        IReadOnlyList<WrittenReport> written;
        if (!formats.Contains(ReportFormat.Pdf) || settings.Unsigned)
        {
            written = renderer.RenderUnsigned(input, directory, formats);
        }
        else
        {
            using var signer = SignerOptions.Resolve(settings, workspace)
                ?? throw new Custojo.Compliance.Evidence.InputException("The PDF report is signed: pass --sign-pfx FILE --sign-password-env VAR, or --sign-cert PEM --sign-key PEM, or set \"signer\" in custojo.json. Use --unsigned to write it without a signature.");
            written = renderer.Render(input, directory, formats, signer);
            Output.Note($"Signed by {signer.Name} (SHA-256 thumbprint {signer.Thumbprint}).");
        }
        foreach (var report in written)
            Output.Data.WriteLine($"{ReportFormats.Name(report.Format),-6} {report.Path}  ({report.Length:N0} bytes, sha256 {report.Sha256})");
        Output.Success($"Wrote {written.Count} report file(s) for run {run.RunId} to {directory}.");
        if (written.Any(w => w.Format == ReportFormat.Pdf) && !settings.Unsigned)
            Output.Note($"Verify with: custojo verify {Path.GetRelativePath(Directory.GetCurrentDirectory(), written.First(w => w.Format == ReportFormat.Pdf).Path)}");
        return ExitCodes.Success;
    }
}
