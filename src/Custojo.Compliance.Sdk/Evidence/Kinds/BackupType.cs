namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>How much a backup copies: everything, changes since the last backup of any type, changes since the last full backup, or the database transaction log.</summary>
public enum BackupType
{
    Full,
    Incremental,
    Differential,
    TransactionLog,
}
