namespace Custojo.Compliance.Reporting.Signing;

/// <summary>The files of a generated demo signer: the PFX (certificate + key) and the PEM certificate to pass to <c>verify --trust</c>.</summary>
public sealed record DemoCertificateFiles(string PfxPath, string CertificatePemPath, string Subject);
