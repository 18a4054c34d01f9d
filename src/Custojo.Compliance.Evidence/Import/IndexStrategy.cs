namespace Custojo.Compliance.Evidence.Import;

/// <summary>
/// Whether an import rebuilds the query indexes after its inserts instead of maintaining them per record.
/// A rebuild sorts every record of the store, a maintained index pays a random insert per new record (about
/// twice the cost per record of a rebuild), so rebuilding pays when the import brings more new records than
/// the store holds. The count is estimated before reading, from the size of the files.
/// </summary>
internal static class IndexStrategy
{
    /// <summary>NDJSON bytes of a typical record (a login attempt is about 230), to estimate records from a file size.</summary>
    public const long TypicalRecordBytes = 256;

    public static bool RebuildAfterImport(long storedRecords, long bytesToImport) =>
        storedRecords == 0 || bytesToImport / TypicalRecordBytes > storedRecords;
}
