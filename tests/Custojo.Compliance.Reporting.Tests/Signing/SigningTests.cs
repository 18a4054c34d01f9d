using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Custojo.Compliance.Reporting.Signing;
using Custojo.Compliance.Reporting.Tests.Fixtures;

namespace Custojo.Compliance.Reporting.Tests.Signing;

public sealed class SigningTests
{
    [Fact]
    public void Pdfsig_reports_the_signed_report_valid_and_totally_signed()
    {
        var path = Path.Combine(Reports.TempFolder(), "signed.pdf");
        File.WriteAllBytes(path, Reports.Signed);

        var output = Pdfsig.Run(path);

        Assert.Contains("Signature is Valid", output, StringComparison.Ordinal);
        Assert.Contains("Total document signed", output, StringComparison.Ordinal);
        Assert.Contains("Custojo demo — not for production", output, StringComparison.Ordinal);
        Assert.Contains("SHA-256", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdfsig_sees_a_changed_byte()
    {
        var path = Path.Combine(Reports.TempFolder(), "tampered.pdf");
        var bytes = (byte[])Reports.Signed.Clone();
        var title = System.Text.Encoding.Latin1.GetString(bytes).IndexOf("/Title(", StringComparison.Ordinal) + 7;
        bytes[title] ^= 0x01; // one letter of the document title, inside the signed range
        File.WriteAllBytes(path, bytes);

        Assert.DoesNotContain("Signature is Valid", Pdfsig.Run(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_writes_every_format_and_a_signed_pdf_into_the_folder()
    {
        var folder = Reports.TempFolder();
        using var signer = ReportSigner.FromPfx(Reports.Signer.PfxPath, Reports.Password);

        var written = new ReportRenderer(Reports.Clock()).Render(SampleRuns.Input(), folder, ReportFormats.All, signer);

        Assert.Equal(ReportFormats.All, written.Select(w => w.Format));
        Assert.All(written, w => Assert.Equal(w.Length, new FileInfo(w.Path).Length));
        Assert.Contains("Signature is Valid", Pdfsig.Run(written.Single(w => w.Format == ReportFormat.Pdf).Path), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
    }

    [Fact]
    public void Wrong_password_is_a_signing_error_that_names_the_file_but_not_the_password()
    {
        var error = Assert.Throws<ReportSigningException>(() => ReportSigner.FromPfx(Reports.Signer.PfxPath, "not-the-password"));

        Assert.Contains(Reports.Signer.PfxPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("password", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_pfx_is_a_signing_error()
    {
        var error = Assert.Throws<ReportSigningException>(() => ReportSigner.FromPfx("/nowhere/signer.pfx", "x"));

        Assert.Contains("--sign-pfx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Certificate_without_private_key_cannot_sign()
    {
        var folder = Reports.TempFolder();
        var pfx = Path.Combine(folder, "public-only.pfx");
        using (var certificate = X509CertificateLoader.LoadCertificateFromFile(Reports.Signer.CertificatePemPath))
            File.WriteAllBytes(pfx, certificate.Export(X509ContentType.Pkcs12, "pw"));

        var error = Assert.Throws<ReportSigningException>(() => ReportSigner.FromPfx(pfx, "pw"));

        Assert.Contains("no private key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pem_certificate_and_key_sign_a_valid_report()
    {
        var folder = Reports.TempFolder();
        var (certPath, keyPath) = WritePem(folder, DemoCertificate.Create("Pem Org", Reports.GeneratedAt));
        using var signer = ReportSigner.FromPem(certPath, keyPath);

        var written = new ReportRenderer(Reports.Clock()).Render(SampleRuns.Input(), folder, [ReportFormat.Pdf], signer);

        Assert.Contains("Signature is Valid", Pdfsig.Run(written[0].Path), StringComparison.Ordinal);
    }

    [Fact]
    public void Pem_key_of_another_certificate_is_rejected()
    {
        var folder = Reports.TempFolder();
        var (certPath, _) = WritePem(folder, DemoCertificate.Create("One", Reports.GeneratedAt));
        var other = Reports.TempFolder();
        var (_, otherKey) = WritePem(other, DemoCertificate.Create("Two", Reports.GeneratedAt));

        var error = Assert.Throws<ReportSigningException>(() => ReportSigner.FromPem(certPath, otherKey));

        Assert.Contains(certPath, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE KEY-----", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_pem_key_is_a_signing_error_naming_the_option()
    {
        var folder = Reports.TempFolder();
        var (certPath, _) = WritePem(folder, DemoCertificate.Create("One", Reports.GeneratedAt));

        var error = Assert.Throws<ReportSigningException>(() => ReportSigner.FromPem(certPath, Path.Combine(folder, "missing.key")));

        Assert.Contains("--sign-key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_certificate_is_labelled_rsa_3072_and_has_a_pem_for_trust()
    {
        var files = Reports.Signer;
        using var certificate = X509CertificateLoader.LoadCertificateFromFile(files.CertificatePemPath);

        Assert.Contains("CN=Custojo demo — not for production", certificate.Subject, StringComparison.Ordinal);
        Assert.Equal(3072, certificate.GetRSAPublicKey()!.KeySize);
        Assert.Equal(Reports.GeneratedAt.AddYears(2).UtcDateTime, certificate.NotAfter.ToUniversalTime());
        Assert.True(File.Exists(files.PfxPath));
    }

    private static (string Cert, string Key) WritePem(string folder, X509Certificate2 certificate)
    {
        using (certificate)
        {
            var cert = Path.Combine(folder, "signer.pem");
            var key = Path.Combine(folder, "signer.key");
            File.WriteAllText(cert, certificate.ExportCertificatePem());
            using var rsa = certificate.GetRSAPrivateKey()!;
            File.WriteAllText(key, rsa.ExportPkcs8PrivateKeyPem());
            return (cert, key);
        }
    }
}
