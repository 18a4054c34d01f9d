using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Custojo.Compliance.EndToEnd.Tests.Support;
using UglyToad.PdfPig;

namespace Custojo.Compliance.EndToEnd.Tests.Demo;

/// <summary>The README's main command, end to end: evidence, checks, signed PDF, verification.</summary>
public sealed class DemoTests(DemoWorkspace demo) : IClassFixture<DemoWorkspace>
{
    [Fact]
    public void Demo_finds_exactly_the_planted_violations()
    {
        Assert.True(demo.Result.ExitCode == 0, demo.Result.ToString());
        Assert.Contains("The check found exactly the 6 planted violations", demo.Result.Stderr, StringComparison.Ordinal);
        foreach (var control in DemoWorkspace.Planted)
            Assert.Matches($@"{control}\s+yes", demo.Result.Stdout);
        Assert.Contains("69 pass, 6 fail, 0 no-evidence, 0 error", demo.Result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_inside_the_demo_workspace_over_the_last_90_days_finds_the_same_violations()
    {
        var result = CustojoCli.Run(demo.Root, DemoWorkspace.Now, "check", "--last", "90d", "--format", "csv");

        Assert.Equal(1, result.ExitCode);
        var failing = result.Stdout.Split('\n').Where(l => l.Contains(",fail,", StringComparison.Ordinal)).Select(l => l.Split(',')[0].Trim('"')).Order(StringComparer.Ordinal);
        Assert.Equal(DemoWorkspace.Planted, failing);
    }

    [Fact]
    public void The_signed_report_names_the_planted_violations()
    {
        using var document = PdfDocument.Open(demo.Pdf);
        var text = string.Join("\n", document.GetPages().Select(p => p.Text));

        foreach (var control in DemoWorkspace.Planted) Assert.Contains(control, text, StringComparison.Ordinal);
        Assert.Contains("47m", text, StringComparison.Ordinal);
        Assert.Contains("frank.contractor", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdfsig_reports_the_signature_valid_over_the_whole_document()
    {
        if (!PdfsigAvailable()) return;

        var output = Pdfsig(demo.Pdf);

        Assert.Contains("Signature is Valid", output, StringComparison.Ordinal);
        Assert.Contains("Total document signed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Reporting_the_same_run_twice_gives_byte_identical_files_in_every_format()
    {
        using var temp = new TempDirectory();
        var first = Path.Combine(temp.Path, "first");
        var second = Path.Combine(temp.Path, "second");

        foreach (var folder in (string[])[first, second])
        {
            var result = CustojoCli.Run(demo.Root, DemoWorkspace.Now, "report", "--run", "latest", "--unsigned", "--out", folder);
            Assert.True(result.ExitCode == 0, result.ToString());
        }

        var files = Directory.GetFiles(first).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(7, files.Count);
        Assert.Equal(files, Directory.GetFiles(second).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(first, file!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file!))), $"{file} differs between two renders");
    }

    [Fact]
    public void Verify_accepts_the_demo_report_with_its_trust_anchor()
    {
        var result = CustojoCli.Run(demo.Root, "verify", demo.Pdf, "--trust", demo.TrustPem);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("store-run", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("FAIL", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_rejects_a_copy_with_one_changed_byte()
    {
        using var temp = new TempDirectory();
        var bytes = File.ReadAllBytes(demo.Pdf);
        bytes[bytes.Length / 3] ^= 0x01;
        var copy = Path.Combine(temp.Path, "tampered.pdf");
        File.WriteAllBytes(copy, bytes);

        var result = CustojoCli.Run(temp.Path, "verify", copy, "--trust", demo.TrustPem);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("FAIL", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_rejects_a_copy_with_an_appended_update()
    {
        using var temp = new TempDirectory();
        var copy = Path.Combine(temp.Path, "appended.pdf");
        File.Copy(demo.Pdf, copy);
        File.AppendAllText(copy, "\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

        var result = CustojoCli.Run(temp.Path, "verify", copy, "--trust", demo.TrustPem);

        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void The_run_history_lists_the_demo_run_and_shows_it_again()
    {
        var list = CustojoCli.Run(demo.Root, "runs", "list", "--format", "json");
        var show = CustojoCli.Run(demo.Root, "runs", "show", "latest", "--format", "json");

        Assert.Equal(0, list.ExitCode);
        Assert.Contains("\"fail\": 6", list.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("\"outcome\": \"fail\"", show.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Real_tool_outputs_mix_with_the_demo_evidence_in_one_store()
    {
        string Sample(string path) => Path.Combine(RepositoryRoot.Path, "tests", "Custojo.Compliance.Evidence.Tests", "Importers", "Samples", path);

        var import = CustojoCli.Run(demo.Root, DemoWorkspace.Now, "evidence", "import", Sample("restic/05-snapshots.json"), Sample("ssh/auth.log"), "--host", "vm", "--source", "real samples");
        var verify = CustojoCli.Run(demo.Root, "evidence", "verify");

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("backup-run", import.Stderr, StringComparison.Ordinal);
        Assert.Contains("login-attempt", import.Stderr, StringComparison.Ordinal);
        Assert.True(verify.ExitCode == 0, verify.ToString());
    }

    [Fact]
    public void A_drift_check_against_the_signed_demo_report_verifies_it_and_finds_no_regression()
    {
        var result = CustojoCli.Run(demo.Root, DemoWorkspace.Now, "check", "--last", "90d", "--baseline", demo.Pdf, "--trust", demo.TrustPem, "--fail-on-drift");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"({demo.Pdf}) -> ", result.Stdout, StringComparison.Ordinal);
        foreach (var control in DemoWorkspace.Planted)
            Assert.Matches($@"still failing\s+{control}", result.Stdout);
        Assert.Contains("0 new failure(s)", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_drift_check_refuses_a_baseline_report_whose_signer_does_not_chain_to_the_trust_anchor()
    {
        using var temp = new TempDirectory();
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Some other authority", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var other = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var otherPem = Path.Combine(temp.Path, "other.pem");
        File.WriteAllText(otherPem, other.ExportCertificatePem());
        var runsBefore = CustojoCli.Run(demo.Root, "runs", "list", "--format", "json").Stdout;

        var result = CustojoCli.Run(demo.Root, DemoWorkspace.Now, "check", "--last", "90d", "--baseline", demo.Pdf, "--trust", otherPem, "--fail-on-drift");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not verify, so its results are not used", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(runsBefore, CustojoCli.Run(demo.Root, "runs", "list", "--format", "json").Stdout);
    }

    [Fact]
    public void Diff_refuses_a_copy_of_the_report_with_one_changed_byte()
    {
        using var temp = new TempDirectory();
        var bytes = File.ReadAllBytes(demo.Pdf);
        bytes[bytes.Length / 3] ^= 0x01;
        var copy = Path.Combine(temp.Path, "tampered.pdf");
        File.WriteAllBytes(copy, bytes);

        var result = CustojoCli.Run(demo.Root, "diff", copy, "latest");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not verify, so its results are not used", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void The_evidence_store_of_the_demo_verifies()
    {
        var result = CustojoCli.Run(demo.Root, "evidence", "verify");

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    private static bool PdfsigAvailable()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, "pdfsig")));
        // CI installs poppler-utils and then requires it; a developer machine without it skips this check.
        Assert.True(onPath || Environment.GetEnvironmentVariable("CI") != "true", "CI must have pdfsig (poppler-utils).");
        return onPath;
    }

    private static string Pdfsig(string pdf)
    {
        using var process = Process.Start(new ProcessStartInfo("pdfsig", [pdf]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
