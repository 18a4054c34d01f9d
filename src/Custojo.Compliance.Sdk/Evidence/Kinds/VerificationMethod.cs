namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>How a backup was verified: checksums, a structural integrity check, or a restore test.</summary>
public enum VerificationMethod
{
    Checksum,
    Integrity,
    TestRestore,
}
