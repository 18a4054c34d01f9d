using System.Text;
using Custojo.Compliance.Reporting.Signing;
using Custojo.Compliance.Reporting.Tests.Fixtures;
using Custojo.Compliance.Reporting.Verification;

namespace Custojo.Compliance.Reporting.Tests.Verification;

public sealed class ReportVerifierTests
{
    [Fact]
    public void Verifier_accepts_the_signed_report_and_reads_run_and_chain_head()
    {
        using var trust = ReportVerifier.LoadTrust(Reports.Signer.CertificatePemPath);

        var result = ReportVerifier.Verify(Reports.Signed, trust);

        Assert.True(result.Passed, string.Join("\n", result.Checks));
        Assert.All(result.Checks, c => Assert.Equal(CheckStatus.Pass, c.Status));
        Assert.Equal("run-2026-q3", result.RunId);
        Assert.Equal(SampleRuns.Sha("chain-head"), result.EvidenceChainHead);
        Assert.Equal(12_345, result.EvidenceCount);
        Assert.Contains("Custojo demo — not for production", result.SignerSubject, StringComparison.Ordinal);
        Assert.NotNull(result.SigningTime);
    }

    [Fact]
    public void Without_a_trust_certificate_the_trust_check_is_skipped_not_failed()
    {
        var result = ReportVerifier.Verify(Reports.Signed);

        Assert.True(result.Passed);
        Assert.Equal(CheckStatus.Skipped, result.Checks.Single(c => c.Name == "signer-trusted").Status);
    }

    [Fact]
    public void Verifier_rejects_a_signer_that_does_not_chain_to_the_trust_certificate()
    {
        using var other = DemoCertificate.Create("Someone else", Reports.GeneratedAt);

        var result = ReportVerifier.Verify(Reports.Signed, other);

        Assert.False(result.Passed);
        Assert.Equal(CheckStatus.Fail, result.Checks.Single(c => c.Name == "signer-trusted").Status);
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.33)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(1.0)]
    public void Verifier_rejects_a_copy_with_one_changed_byte(double where)
    {
        var bytes = (byte[])Reports.Signed.Clone();
        var at = Math.Min(bytes.Length - 1, (int)(bytes.Length * where));
        bytes[at] ^= 0x20;

        Assert.False(ReportVerifier.Verify(bytes).Passed, $"byte {at} of {bytes.Length}");
    }

    [Fact]
    public void Verifier_rejects_every_single_byte_change_in_the_signature_and_samples_across_the_file()
    {
        var original = Reports.Signed;
        var signature = Encoding.Latin1.GetString(original).IndexOf("/Type/Sig", StringComparison.Ordinal);
        var end = Encoding.Latin1.GetString(original).IndexOf("/ByteRange", signature, StringComparison.Ordinal) + 60;
        var positions = Enumerable.Range(signature, end - signature).Where(i => i % 4 == 0)
            .Concat(Enumerable.Range(0, original.Length).Where(i => i % 997 == 0))
            .Append(original.Length - 1);
        var survivors = new List<int>();
        foreach (var at in positions)
        {
            var bytes = (byte[])original.Clone();
            bytes[at] = (byte)(bytes[at] == (byte)'0' ? '1' : bytes[at] ^ 0x01);
            if (ReportVerifier.Verify(bytes).Passed) survivors.Add(at);
        }

        Assert.Empty(survivors);
    }

    [Fact]
    public void Verifier_rejects_an_appended_incremental_update()
    {
        var update = "\n5 0 obj\n<</Type/Annot/Subtype/Text/Contents(changed after signing)>>\nendobj\nxref\n0 0\ntrailer\n<</Size 6>>\nstartxref\n0\n%%EOF\n"u8;
        var bytes = Reports.Signed.Concat(update.ToArray()).ToArray();

        var result = ReportVerifier.Verify(bytes);

        Assert.False(result.Passed);
        var coverage = result.Checks.Single(c => c.Name == "signature-covers-file");
        Assert.Equal(CheckStatus.Fail, coverage.Status);
        Assert.Contains("appended", coverage.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Verifier_rejects_an_unsigned_report_but_still_checks_its_results()
    {
        var result = ReportVerifier.Verify(Reports.Unsigned);

        Assert.False(result.Passed);
        Assert.Equal(CheckStatus.Fail, result.Checks.Single(c => c.Name == "signature-present").Status);
        Assert.Equal(CheckStatus.Pass, result.Checks.Single(c => c.Name == "results-match-printed-hash").Status);
    }

    [Fact]
    public void Verifier_rejects_a_file_that_is_not_a_pdf()
    {
        var result = ReportVerifier.Verify("not a pdf at all"u8.ToArray());

        Assert.False(result.Passed);
        Assert.Null(result.RunId);
    }

    [Fact]
    public void Verifying_a_missing_file_names_it()
    {
        var error = Assert.Throws<FileNotFoundException>(() => ReportVerifier.Verify("/nowhere/report.pdf"));

        Assert.Contains("/nowhere/report.pdf", error.Message, StringComparison.Ordinal);
    }
}
