using Custojo.Compliance.Engine.Workspace;
using Custojo.Compliance.Evidence;
using Custojo.Compliance.Reporting.Signing;

namespace Custojo.Compliance.Cli.Commands.Report;

/// <summary>
/// The signer of a PDF report: --sign-pfx with --sign-password-env, or --sign-cert with --sign-key,
/// else the signer of custojo.json. The password is read from the named environment variable only,
/// so it never appears on a command line, in output or in logs.
/// </summary>
internal static class SignerOptions
{
    public static ReportSigner? Resolve(ReportSettings settings, Workspace workspace)
    {
        var pfx = settings.SignPfx ?? workspace.Config.Signer?.Pfx;
        var passwordEnv = settings.SignPasswordEnv ?? workspace.Config.Signer?.PasswordEnv;
        var cert = settings.SignCert ?? workspace.Config.Signer?.Cert;
        var key = settings.SignKey ?? workspace.Config.Signer?.Key;
        if (pfx is not null)
        {
            string? password = null;
            if (passwordEnv is not null)
                password = Environment.GetEnvironmentVariable(passwordEnv)
                    ?? throw new InputException($"--sign-password-env {passwordEnv}: the environment variable {passwordEnv} is not set. Export it with the PFX password.");
            return ReportSigner.FromPfx(Path.Combine(workspace.Root, pfx), password);
        }
        if (cert is not null || key is not null)
        {
            if (cert is null || key is null) throw new InputException("--sign-cert and --sign-key go together: give the PEM certificate and its PEM private key.");
            return ReportSigner.FromPem(Path.Combine(workspace.Root, cert), Path.Combine(workspace.Root, key));
        }
        return null;
    }
}
