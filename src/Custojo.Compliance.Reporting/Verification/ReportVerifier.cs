using System.Security.Cryptography.X509Certificates;

namespace Custojo.Compliance.Reporting.Verification;

/// <summary>
/// Verifies a signed report (<c>custojo verify</c>): one signature covering the whole file (an appended
/// incremental update fails), the CMS signature over those bytes with an intact signer certificate,
/// the chain to <c>--trust</c> when given, and the attached results against the hash the report prints.
/// Checking that the run and chain head exist in a store is the caller's: use
/// <see cref="ReportVerification.RunId"/> and <see cref="ReportVerification.EvidenceChainHead"/>.
/// </summary>
public static class ReportVerifier
{
    /// <summary>Verifies the report file at <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static ReportVerification Verify(string path, X509Certificate2? trust = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"The report '{path}' does not exist. Pass the path of a PDF written by custojo report.", path);
        return Verify(File.ReadAllBytes(path), trust);
    }

    /// <summary>Verifies a report held in memory.</summary>
    public static ReportVerification Verify(byte[] pdf, X509Certificate2? trust = null)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var (checks, signer, signingTime) = SignatureVerifier.Verify(pdf, trust);
        var results = AttachedResults.Verify(pdf);
        checks.AddRange(results.Checks);
        return new ReportVerification
        {
            Checks = checks,
            SignerSubject = signer?.Subject,
            SigningTime = signingTime,
            RunId = results.RunId,
            EvidenceChainHead = results.ChainHead,
            EvidenceCount = results.EvidenceCount,
            AttachedResults = results.Results,
        };
    }

    /// <summary>Loads a trust anchor from a PEM or DER certificate file (for <c>--trust</c>).</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The file is not a certificate.</exception>
    public static X509Certificate2 LoadTrust(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"The trust certificate '{path}' does not exist. Pass the signer's or its CA's certificate (PEM or DER) with --trust.", path);
        return X509CertificateLoader.LoadCertificateFromFile(path);
    }
}
