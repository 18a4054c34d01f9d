namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>What a backup protects: a database, a file system (uploads, documents) or the whole system.</summary>
public enum BackupCategory
{
    Database,
    FileSystem,
    System,
}
