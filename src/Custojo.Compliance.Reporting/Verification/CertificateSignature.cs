using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Custojo.Compliance.Reporting.Verification;

/// <summary>
/// Checks a certificate's own signature with its issuer's public key (itself when self-signed), so an
/// altered byte in a certificate carried inside the signature is caught even when no trust anchor is
/// given (chain builders do not check a root's self-signature).
/// </summary>
internal static class CertificateSignature
{
    public static bool IsValid(X509Certificate2 certificate, IEnumerable<X509Certificate2> candidates)
    {
        var issuers = candidates.Append(certificate).Where(c => c.SubjectName.RawData.AsSpan().SequenceEqual(certificate.IssuerName.RawData));
        return issuers.Any(issuer => SignedBy(certificate, issuer));
    }

    private static bool SignedBy(X509Certificate2 certificate, X509Certificate2 issuer)
    {
        try
        {
            var outer = new AsnReader(certificate.RawData, AsnEncodingRules.DER).ReadSequence();
            var tbs = outer.ReadEncodedValue().ToArray();
            var outerAlgorithm = outer.ReadEncodedValue();
            var signature = outer.ReadBitString(out var unusedBits);
            // RFC 5280 4.1.1.2: the outer algorithm (not covered by the signature) must equal the signed one in the TBS.
            if (outer.HasData || unusedBits != 0 || !outerAlgorithm.Span.SequenceEqual(SignedAlgorithm(tbs))) return false;
            var algorithm = new AsnReader(outerAlgorithm, AsnEncodingRules.DER).ReadSequence().ReadObjectIdentifier();
            return algorithm switch
            {
                "1.2.840.113549.1.1.11" => Rsa(issuer, tbs, signature, HashAlgorithmName.SHA256),
                "1.2.840.113549.1.1.12" => Rsa(issuer, tbs, signature, HashAlgorithmName.SHA384),
                "1.2.840.113549.1.1.13" => Rsa(issuer, tbs, signature, HashAlgorithmName.SHA512),
                "1.2.840.10045.4.3.2" => Ecdsa(issuer, tbs, signature, HashAlgorithmName.SHA256),
                "1.2.840.10045.4.3.3" => Ecdsa(issuer, tbs, signature, HashAlgorithmName.SHA384),
                "1.2.840.10045.4.3.4" => Ecdsa(issuer, tbs, signature, HashAlgorithmName.SHA512),
                _ => false,
            };
        }
        catch (Exception e) when (e is AsnContentException or CryptographicException)
        {
            return false;
        }
    }

    private static ReadOnlySpan<byte> SignedAlgorithm(byte[] tbs)
    {
        var fields = new AsnReader(tbs, AsnEncodingRules.DER).ReadSequence();
        if (fields.PeekTag().HasSameClassAndValue(new Asn1Tag(TagClass.ContextSpecific, 0))) fields.ReadEncodedValue();
        fields.ReadEncodedValue(); // serial number
        return fields.ReadEncodedValue().Span;
    }

    private static bool Rsa(X509Certificate2 issuer, byte[] tbs, byte[] signature, HashAlgorithmName hash)
    {
        using var key = issuer.GetRSAPublicKey();
        return key is not null && key.VerifyData(tbs, signature, hash, RSASignaturePadding.Pkcs1);
    }

    private static bool Ecdsa(X509Certificate2 issuer, byte[] tbs, byte[] signature, HashAlgorithmName hash)
    {
        using var key = issuer.GetECDsaPublicKey();
        return key is not null && key.VerifyData(tbs, signature, hash, DSASignatureFormat.Rfc3279DerSequence);
    }
}
