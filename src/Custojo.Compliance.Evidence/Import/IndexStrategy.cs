using Custojo.Compliance.Evidence.Storage;

namespace Custojo.Compliance.Evidence.Import;

/// <summary>
/// Which indexes an import rebuilds after its inserts. A rebuild sorts every record of the store, a maintained
/// index pays a random insert per new record (about twice the cost per record of a rebuild), so rebuilding the
/// query indexes pays when the import brings more new records than the store holds; the count is estimated
/// before reading, from the size of the files. Into an empty store every index is rebuilt: there is nothing
/// stored the unique id index would be needed to find.
/// </summary>
internal static class IndexStrategy
{
    /// <summary>NDJSON bytes of a typical record (a login attempt is about 230), to estimate records from a file size.</summary>
    public const long TypicalRecordBytes = 256;

    /// <summary>
    /// The page cache of the import's connection. Maintained indexes take random inserts, which a large cache
    /// serves; with every index dropped the table only grows at its end, and the cache also sizes the sorter
    /// that builds the indexes afterwards (SQLite spills longer runs to temporary files), so a small one keeps
    /// a 1 GB import's memory bounded beside the <see cref="IdSet"/>.
    /// </summary>
    public static int CacheKiB(IndexRebuild rebuild) => rebuild == IndexRebuild.All ? 16 * 1024 : 64 * 1024;

    /// <summary>
    /// Helper threads SQLite's sorter may use to build indexes: after the inserts the validating threads are done,
    /// so the second core would otherwise idle while the main thread sorts.
    /// </summary>
    public static int SorterHelperThreads(IndexRebuild rebuild) => rebuild == IndexRebuild.None ? 0 : 1;

    public static IndexRebuild For(long storedRecords, long bytesToImport) =>
        storedRecords == 0 ? IndexRebuild.All
        : bytesToImport / TypicalRecordBytes > storedRecords ? IndexRebuild.QueryIndexes
        : IndexRebuild.None;
}
