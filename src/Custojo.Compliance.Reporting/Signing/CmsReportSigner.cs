using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using PdfSharp.Pdf.Signatures;

namespace Custojo.Compliance.Reporting.Signing;

/// <summary>
/// Signs the PDF's byte ranges as a detached CMS (adbe.pkcs7.detached) with SHA-256, putting the
/// signing time among the <em>signed</em> attributes and adding no unsigned ones. PDFsharp's default
/// signer puts the signing time in an unsigned attribute, which an attacker could alter without
/// breaking the signature; with everything signed, <c>custojo verify</c> can reject any changed byte.
/// </summary>
internal sealed class CmsReportSigner(X509Certificate2 certificate, DateTimeOffset signingTime) : IDigitalSigner
{
    private const string Sha256 = "2.16.840.1.101.3.4.2.1";

    /// <summary>Room left in the placeholder beyond the probe signature (DER lengths of ECDSA signatures vary).</summary>
    private const int Margin = 64;

    public string CertificateName => certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);

    public Task<int> GetSignatureSizeAsync() => Task.FromResult(Sign([0]).Length + Margin);

    public Task<byte[]> GetSignatureAsync(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        // PDFsharp's ranged stream reads all its ranges in one call when asked for its whole length
        // (byte by byte otherwise) and cannot report CanSeek, so Stream.CopyTo cannot be used.
        stream.Position = 0;
        var content = new byte[stream.Length];
        var read = stream.Read(content, 0, content.Length);
        if (read != content.Length)
            throw new InvalidOperationException($"Read {read} of the {content.Length} bytes to sign.");
        return Task.FromResult(Sign(content));
    }

    private byte[] Sign(byte[] content)
    {
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate)
        {
            DigestAlgorithm = new Oid(Sha256),
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.SignedAttributes.Add(new Pkcs9SigningTime(signingTime.UtcDateTime));
        cms.ComputeSignature(signer, silent: true);
        return cms.Encode();
    }
}
