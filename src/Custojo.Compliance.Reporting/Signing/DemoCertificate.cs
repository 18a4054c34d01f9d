using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Custojo.Compliance.Reporting.Output;

namespace Custojo.Compliance.Reporting.Signing;

/// <summary>
/// Generates a self-signed signing certificate for the demo, labelled as such in its common name:
/// RSA 3072, SHA-256, digital signature and non-repudiation key usage, valid two years from now.
/// </summary>
public static class DemoCertificate
{
    /// <summary>The common name of every demo certificate: reports signed with it say so.</summary>
    public const string Label = "Custojo demo — not for production";

    public const string PfxFileName = "custojo-demo-signer.pfx";
    public const string CertificateFileName = "custojo-demo-signer.pem";

    /// <summary>Writes <see cref="PfxFileName"/> (protected by <paramref name="password"/>) and <see cref="CertificateFileName"/> into <paramref name="directory"/>.</summary>
    public static DemoCertificateFiles Write(string directory, string organisation, string password, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(time);
        using var certificate = Create(organisation, time.GetUtcNow());
        Directory.CreateDirectory(directory);
        var pfx = Path.Combine(directory, PfxFileName);
        var pem = Path.Combine(directory, CertificateFileName);
        AtomicFile.Write(pfx, certificate.Export(X509ContentType.Pkcs12, password));
        AtomicFile.Write(pem, System.Text.Encoding.ASCII.GetBytes(certificate.ExportCertificatePem() + "\n"));
        return new DemoCertificateFiles(pfx, pem, certificate.Subject);
    }

    internal static X509Certificate2 Create(string organisation, DateTimeOffset now)
    {
        using var key = RSA.Create(3072);
        var name = new X500DistinguishedNameBuilder();
        if (organisation.Length > 0) name.AddOrganizationName(organisation);
        name.AddCommonName(Label);
        var request = new CertificateRequest(name.Build(), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(2));
    }
}
