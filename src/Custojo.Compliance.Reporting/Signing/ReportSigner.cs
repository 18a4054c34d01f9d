using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Custojo.Compliance.Reporting.Signing;

/// <summary>
/// The certificate and private key that sign a report. Load it before rendering, so a wrong password
/// or a missing key fails before anything is written.
/// </summary>
public sealed class ReportSigner : IDisposable
{
    private ReportSigner(X509Certificate2 certificate) => Certificate = certificate;

    internal X509Certificate2 Certificate { get; }

    /// <summary>The certificate's subject, e.g. <c>CN=Audit Team, O=Example</c>.</summary>
    public string Subject => Certificate.Subject;

    /// <summary>The certificate's common name (or the full subject when it has none).</summary>
    public string Name => Certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false) is { Length: > 0 } name ? name : Certificate.Subject;

    /// <summary>SHA-256 of the certificate, hex, to identify it in the report.</summary>
    public string Thumbprint => Certificate.GetCertHashString(HashAlgorithmName.SHA256).ToLowerInvariant();

    /// <summary>Loads a PKCS#12 (.pfx/.p12) file holding the certificate and its private key.</summary>
    /// <exception cref="ReportSigningException">The file is missing, the password is wrong, or there is no private key.</exception>
    public static ReportSigner FromPfx(string pfxPath, string? password)
    {
        ArgumentNullException.ThrowIfNull(pfxPath);
        if (!File.Exists(pfxPath)) throw ReportSigningException.FileMissing("certificate", pfxPath, "--sign-pfx");
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(pfxPath, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException e)
        {
            throw ReportSigningException.WrongPassword(pfxPath, e);
        }
        return WithPrivateKey(certificate, pfxPath);
    }

    /// <summary>Loads a PEM certificate and its PEM private key.</summary>
    /// <exception cref="ReportSigningException">A file is missing, or the key is not a usable private key of the certificate.</exception>
    public static ReportSigner FromPem(string certificatePemPath, string keyPemPath)
    {
        ArgumentNullException.ThrowIfNull(certificatePemPath);
        ArgumentNullException.ThrowIfNull(keyPemPath);
        if (!File.Exists(certificatePemPath)) throw ReportSigningException.FileMissing("certificate", certificatePemPath, "--sign-cert");
        if (!File.Exists(keyPemPath)) throw ReportSigningException.FileMissing("private key", keyPemPath, "--sign-key");
        X509Certificate2 certificate;
        try
        {
            certificate = X509Certificate2.CreateFromPemFile(certificatePemPath, keyPemPath);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            throw ReportSigningException.PemUnusable(certificatePemPath, keyPemPath, e);
        }
        return WithPrivateKey(certificate, certificatePemPath);
    }

    /// <summary>Wraps a certificate that already carries its private key (e.g. from a certificate store).</summary>
    public static ReportSigner FromCertificate(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return WithPrivateKey(certificate, certificate.Subject);
    }

    public void Dispose() => Certificate.Dispose();

    private static ReportSigner WithPrivateKey(X509Certificate2 certificate, string source)
    {
        if (certificate.HasPrivateKey) return new ReportSigner(certificate);
        certificate.Dispose();
        throw ReportSigningException.NoPrivateKey(source);
    }
}
