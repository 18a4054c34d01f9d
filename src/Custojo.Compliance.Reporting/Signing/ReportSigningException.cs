namespace Custojo.Compliance.Reporting.Signing;

/// <summary>
/// The report cannot be signed with the given certificate or key (missing file, wrong password,
/// no private key, key not matching). Nothing is written. Messages name files, never key material.
/// The CLI maps it to exit code 2.
/// </summary>
public sealed class ReportSigningException : Exception
{
    private ReportSigningException(string message, Exception? inner = null) : base(message, inner) { }

    internal static ReportSigningException FileMissing(string what, string path, string option) =>
        new($"The {what} file '{path}' does not exist. Pass an existing file with {option}.");

    internal static ReportSigningException WrongPassword(string path, Exception inner) =>
        new($"The certificate file '{path}' could not be opened with the given password (wrong password, or not a PKCS#12/PFX file). Check the environment variable named by --sign-password-env.", inner);

    internal static ReportSigningException NoPrivateKey(string path) =>
        new($"The certificate in '{path}' has no private key, so it cannot sign. Export the certificate with its private key (PFX), or pass the key with --sign-key.");

    internal static ReportSigningException PemUnusable(string certificatePath, string keyPath, Exception inner) =>
        new($"The certificate '{certificatePath}' and key '{keyPath}' cannot be used together: the certificate must be a PEM certificate and the key an unencrypted PEM private key (PKCS#8 or RSA/EC) that belongs to it.", inner);

    internal static ReportSigningException SigningFailed(string subject, Exception inner) =>
        new($"Signing the report with the certificate '{subject}' failed: {inner.GetType().Name}. Check that the key can sign with SHA-256 (RSA or ECDSA).", inner);
}
