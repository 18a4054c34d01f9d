using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace Custojo.Compliance.Reporting.Verification;

/// <summary>
/// The signature checks: one signature, its byte range covering the whole file except its own
/// /Contents, the CMS signature over those bytes (and the signer certificate intact), and the chain
/// to a trust anchor when one is given.
/// </summary>
internal static class SignatureVerifier
{
    public const string Present = "signature-present";
    public const string Coverage = "signature-covers-file";
    public const string Valid = "signature-valid";
    public const string Trusted = "signer-trusted";

    public static (List<VerificationCheck> Checks, X509Certificate2? Signer, DateTimeOffset? SigningTime) Verify(byte[] pdf, X509Certificate2? trust)
    {
        var checks = new List<VerificationCheck>();
        var ranges = SignatureLocator.FindByteRanges(pdf);
        if (ranges.Count != 1 || ranges[0] is null)
        {
            checks.Add(Fail(Present, ranges.Count == 0
                ? "The file has no signature (/ByteRange not found). It was produced unsigned, or the signature was removed."
                : $"The file has {ranges.Count} signature byte ranges where a Custojo report has exactly one: it was signed again or altered."));
            AddSkipped(checks, "no single signature to check");
            return (checks, null, null);
        }
        checks.Add(Pass(Present, "One signature dictionary found."));

        var field = Locate(pdf, ranges[0]!, out var coverageProblem);
        if (field is null)
        {
            checks.Add(Fail(Coverage, coverageProblem!));
            AddSkipped(checks, "the signed byte ranges are not usable");
            return (checks, null, null);
        }
        checks.Add(Pass(Coverage, $"The signature covers all {pdf.Length} bytes except its own value: no byte was added after signing."));

        var (valid, signer, signingTime, detail) = CheckCms(pdf, field);
        checks.Add(valid ? Pass(Valid, detail) : Fail(Valid, detail));
        checks.Add(TrustCheck(signer, signingTime, trust, valid));
        return (checks, signer, signingTime);
    }

    private static SignatureField? Locate(byte[] pdf, long[] range, out string? problem)
    {
        problem = null;
        var (start1, length1, start2, length2) = (range[0], range[1], range[2], range[3]);
        if (start1 != 0 || length1 <= 0 || start2 <= length1 || length2 <= 0)
        {
            problem = $"The signature's byte range [{start1} {length1} {start2} {length2}] is malformed.";
            return null;
        }
        if (start2 + length2 != pdf.Length)
        {
            problem = start2 + length2 < pdf.Length
                ? $"The signature covers {start2 + length2} bytes but the file has {pdf.Length}: {pdf.Length - start2 - length2} bytes were appended after signing (an incremental update)."
                : $"The signature covers {start2 + length2} bytes but the file has only {pdf.Length}: the file was truncated.";
            return null;
        }
        var (open, close) = ((int)length1, (int)start2 - 1);
        if (pdf[open] != (byte)'<' || pdf[close] != (byte)'>')
        {
            problem = "The bytes left out of the signature are not exactly the signature's /Contents hex string.";
            return null;
        }
        return new SignatureField(range, open, close);
    }

    private static (bool Valid, X509Certificate2? Signer, DateTimeOffset? SigningTime, string Detail) CheckCms(byte[] pdf, SignatureField field)
    {
        if (!TryDecodeContents(pdf.AsSpan(field.ContentsStart + 1, field.ContentsEnd - field.ContentsStart - 1), out var der, out var problem))
            return (false, null, null, problem);
        var signed = new byte[field.ContentsStart + (pdf.Length - field.ContentsEnd - 1)];
        pdf.AsSpan(0, field.ContentsStart).CopyTo(signed);
        pdf.AsSpan(field.ContentsEnd + 1).CopyTo(signed.AsSpan(field.ContentsStart));
        var cms = new SignedCms(new ContentInfo(signed), detached: true);
        try
        {
            cms.Decode(der);
            if (cms.SignerInfos.Count != 1) return (false, null, null, $"The signature has {cms.SignerInfos.Count} signers where one is expected.");
            var info = cms.SignerInfos[0];
            var signer = info.Certificate;
            var signingTime = SigningTime(info);
            if (signer is null) return (false, null, signingTime, "The signature does not carry its signer's certificate.");
            info.CheckSignature(verifySignatureOnly: true);
            if (info.UnsignedAttributes.Count > 0 || signingTime is null)
                return (false, signer, signingTime, "The signature carries unsigned attributes or no signed signing time: it was altered or not made by Custojo.");
            if (!HasExpectedShape(der, info.DigestAlgorithm.Value ?? ""))
                return (false, signer, signingTime, "The unsigned framing of the signature (versions, algorithm list, content type) was altered.");
            if (!CertificateSignature.IsValid(signer, cms.Certificates.Cast<X509Certificate2>()))
                return (false, signer, signingTime, $"The signer certificate carried in the signature ({signer.Subject}) was altered: its own signature does not verify.");
            return (true, signer, signingTime, $"The signature by {signer.Subject} matches the document (SHA-256 digest, {info.DigestAlgorithm.FriendlyName ?? info.DigestAlgorithm.Value}).");
        }
        catch (CryptographicException e)
        {
            return (false, null, null, $"The signature does not match the document: {e.Message}");
        }
    }

    private static DateTimeOffset? SigningTime(SignerInfo info)
    {
        foreach (var attribute in info.SignedAttributes)
        {
            if (attribute.Oid.Value != "1.2.840.113549.1.9.5" || attribute.Values.Count == 0) continue;
            var time = new Pkcs9SigningTime(attribute.Values[0].RawData).SigningTime;
            return new DateTimeOffset(DateTime.SpecifyKind(time.ToUniversalTime(), DateTimeKind.Utc));
        }
        return null;
    }

    /// <summary>Hex as written by the signer: all of one letter case, then zero padding after the DER value.</summary>
    private static bool TryDecodeContents(ReadOnlySpan<byte> hex, out byte[] der, out string problem)
    {
        der = [];
        problem = "";
        if (hex.Length % 2 != 0 || hex.ContainsAnyExcept("0123456789ABCDEF"u8) && hex.ContainsAnyExcept("0123456789abcdef"u8))
        {
            problem = "The signature value is not a well-formed hex string (altered characters).";
            return false;
        }
        var bytes = Convert.FromHexString(System.Text.Encoding.ASCII.GetString(hex));
        int length;
        try
        {
            AsnDecoder.ReadEncodedValue(bytes, AsnEncodingRules.DER, out _, out _, out length);
        }
        catch (AsnContentException)
        {
            problem = "The signature value is not a DER-encoded CMS structure.";
            return false;
        }
        if (bytes.AsSpan(length).ContainsAnyExcept((byte)0))
        {
            problem = "The padding after the signature value was altered.";
            return false;
        }
        der = bytes[..length];
        return true;
    }

    /// <summary>
    /// The parts of SignedData the signature does not cover must be exactly what Custojo writes:
    /// version 1, one digest algorithm equal to the signer's, detached id-data content, one signer of
    /// version 1 (issuer and serial number).
    /// </summary>
    private static bool HasExpectedShape(byte[] der, string signerDigest)
    {
        try
        {
            var contentInfo = new AsnReader(der, AsnEncodingRules.DER).ReadSequence();
            if (contentInfo.ReadObjectIdentifier() != "1.2.840.113549.1.7.2") return false;
            var signedData = contentInfo.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0)).ReadSequence();
            if (!signedData.TryReadInt32(out var version) || version != 1) return false;
            var algorithms = signedData.ReadSetOf();
            var algorithm = algorithms.ReadSequence();
            if (algorithm.ReadObjectIdentifier() != signerDigest || algorithms.HasData) return false;
            if (algorithm.HasData) algorithm.ReadNull();
            if (algorithm.HasData) return false;
            var encapsulated = signedData.ReadSequence();
            if (encapsulated.ReadObjectIdentifier() != "1.2.840.113549.1.7.1" || encapsulated.HasData) return false;
            signedData.ReadEncodedValue(); // certificates [0]: each is checked by its own signature
            var signers = signedData.ReadSetOf();
            var signer = signers.ReadSequence();
            return !signers.HasData && !signedData.HasData && signer.TryReadInt32(out var signerVersion) && signerVersion == 1;
        }
        catch (AsnContentException)
        {
            return false;
        }
    }

    private static VerificationCheck TrustCheck(X509Certificate2? signer, DateTimeOffset? signingTime, X509Certificate2? trust, bool signatureValid)
    {
        if (trust is null) return new(Trusted, CheckStatus.Skipped, "No trust certificate given (--trust): the signer was not checked against a trust anchor.");
        if (signer is null || !signatureValid) return Fail(Trusted, "The signature is not valid, so its signer cannot be trusted.");
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(trust);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = (signingTime ?? signer.NotBefore).UtcDateTime;
        if (chain.Build(signer))
            return Pass(Trusted, $"The signer {signer.Subject} chains to the trusted certificate {trust.Subject} at the signing time.");
        var status = string.Join("; ", chain.ChainStatus.Select(s => s.StatusInformation.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal));
        return Fail(Trusted, $"The signer {signer.Subject} does not chain to the trusted certificate {trust.Subject}: {status}");
    }

    private static void AddSkipped(List<VerificationCheck> checks, string reason)
    {
        foreach (var name in new[] { Coverage, Valid, Trusted }.Where(n => checks.TrueForAll(c => c.Name != n)))
            checks.Add(new(name, CheckStatus.Skipped, $"Not checked: {reason}."));
    }

    private static VerificationCheck Pass(string name, string detail) => new(name, CheckStatus.Pass, detail);

    private static VerificationCheck Fail(string name, string detail) => new(name, CheckStatus.Fail, detail);
}
