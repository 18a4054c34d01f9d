namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>How a backup run ended; partial means some sources could not be read.</summary>
public enum BackupOutcome
{
    Success,
    Failed,
    Partial,
}
