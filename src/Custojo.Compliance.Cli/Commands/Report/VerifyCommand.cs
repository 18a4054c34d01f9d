using System.ComponentModel;
using Custojo.Compliance.Cli.Infrastructure;
using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Engine.Workspace;
using Custojo.Compliance.Evidence;
using Custojo.Compliance.Evidence.Querying;
using Custojo.Compliance.Reporting.Verification;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands.Report;

/// <summary><c>custojo verify REPORT.pdf</c>: checks a signed report, and with a store, that its run and evidence exist there.</summary>
internal sealed class VerifyCommand : Command<VerifyCommand.Settings>
{
    public sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "<REPORT>")]
        [Description("The signed PDF report.")]
        public string Report { get; init; } = "";

        [CommandOption("--trust <CERT>")]
        [Description("PEM or DER certificate the signer must chain to.")]
        public string? Trust { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.Report)) throw new InputException($"{settings.Report}: no such file. Give the path of a PDF written by custojo report.");
        using var trust = settings.Trust is null ? null : ReportVerifier.LoadTrust(settings.Trust);
        var verification = ReportVerifier.Verify(settings.Report, trust);
        var checks = verification.Checks.ToList();
        checks.AddRange(StoreChecks(settings, verification));

        foreach (var check in checks)
        {
            var mark = check.Status switch { CheckStatus.Pass => "[green]PASS[/]", CheckStatus.Fail => "[red]FAIL[/]", _ => "[grey]SKIP[/]" };
            Output.Data.MarkupLine($"{mark} {Markup.Escape(check.Name)}: {Markup.Escape(check.Detail)}");
        }
        var passed = checks.All(c => c.Status != CheckStatus.Fail);
        if (passed) Output.Success($"{settings.Report}: verified ({checks.Count(c => c.Status == CheckStatus.Pass)} checks passed).");
        else Output.Error($"{settings.Report}: verification FAILED ({checks.Count(c => c.Status == CheckStatus.Fail)} check(s) failed).");
        return passed ? ExitCodes.Success : ExitCodes.Findings;
    }

    private static string? WorkspaceStorePath(Settings settings)
    {
        try
        {
            return settings.OpenWorkspace().StorePath;
        }
        catch (InputException) when (settings.Workspace is null)
        {
            return null;
        }
    }

    private static IEnumerable<VerificationCheck> StoreChecks(Settings settings, ReportVerification verification)
    {
        var store = settings.Db is not null ? Path.GetFullPath(settings.Db) : WorkspaceStorePath(settings);
        if (store is null)
        {
            yield return new VerificationCheck("store-run", CheckStatus.Skipped, "No workspace or --db: the run and its evidence were not looked up.");
            yield break;
        }
        if (verification.RunId is null || verification.EvidenceChainHead is null)
        {
            yield return new VerificationCheck("store-run", CheckStatus.Fail, "The report's attached results could not be read, so the run cannot be looked up.");
            yield break;
        }
        var found = new RunStore(store).Contains(verification.RunId);
        yield return new VerificationCheck("store-run", found ? CheckStatus.Pass : CheckStatus.Fail,
            found ? $"Run {verification.RunId} is recorded in {store}." : $"Run {verification.RunId} is not recorded in {store}.");
        var head = ChainHistory.Contains(store, verification.EvidenceChainHead);
        yield return new VerificationCheck("store-evidence-chain", head ? CheckStatus.Pass : CheckStatus.Fail,
            head ? $"Evidence chain head {verification.EvidenceChainHead[..16]}… ({verification.EvidenceCount} records) was a head of {store}." : $"Evidence chain head {verification.EvidenceChainHead} was never a head of {store}: the evidence differs.");
    }
}
