using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using Custojo.Compliance.Engine.Drift;
using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Evidence;
using Custojo.Compliance.Reporting.Json;
using Custojo.Compliance.Reporting.Verification;

namespace Custojo.Compliance.Cli.Commands.Diff;

/// <summary>
/// Turns what a user names as a run into a snapshot: a stored run (<c>latest</c>, <c>previous</c>, <c>#N</c>,
/// an id or prefix) or a signed report PDF, whose attached results are used only after the report verifies.
/// </summary>
internal static class RunReferences
{
    public static bool IsReport(string reference) =>
        reference.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || File.Exists(reference);

    /// <param name="runs">The workspace's runs, opened only when <paramref name="reference"/> names a stored run.</param>
    public static RunSnapshot Resolve(string reference, Func<RunStore> runs, X509Certificate2? trust) =>
        IsReport(reference) ? FromReport(reference, trust) : FromStore(runs().Find(reference));

    public static RunSnapshot FromStore(StoredRun stored) =>
        RunSnapshot.Of(stored.Run, "run #" + stored.Sequence.ToString(CultureInfo.InvariantCulture));

    private static RunSnapshot FromReport(string path, X509Certificate2? trust)
    {
        if (!File.Exists(path)) throw new InputException($"{path}: no such file. Give a run (latest, previous, #N, an id) or the path of a PDF written by custojo report.");
        var verification = ReportVerifier.Verify(path, trust);
        if (!verification.Passed)
        {
            var failed = verification.Checks.Where(c => c.Status == CheckStatus.Fail).Select(c => $"{c.Name}: {c.Detail}");
            throw new InputException($"{path} does not verify, so its results are not used. {string.Join(" ", failed)} Run custojo verify {path} for details.");
        }
        if (verification.AttachedResults is not { } results)
            throw new InputException($"{path}: the report carries no readable results. Render it again with custojo report.");
        return RunResultsReader.Read(results, path);
    }
}
