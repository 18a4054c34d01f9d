using Custojo.Compliance.Evidence.Canonical;
using Custojo.Compliance.Evidence.Import.Readers;
using Custojo.Compliance.Evidence.Storage;
using Microsoft.Data.Sqlite;

namespace Custojo.Compliance.Evidence.Import;

/// <summary>
/// One import invocation: every file in one transaction. Any error means nothing is written (all errors
/// are still found and reported); otherwise the records and one batch row with the provenance are committed.
/// </summary>
internal sealed class EvidenceImporter(string databasePath, TimeProvider clock)
{
    public const string Name = "custojo-evidence";

    public static string Version { get; } = typeof(EvidenceImporter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public ImportResult Import(IReadOnlyList<string> paths, ImportOptions options, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var path in paths)
            if (!File.Exists(path)) throw EvidenceInputException.FileNotFound(path);
        if (!string.Equals(options.Format, "auto", StringComparison.OrdinalIgnoreCase)
            && !ReaderSelection.Names(options.Readers).Contains(options.Format, StringComparer.OrdinalIgnoreCase))
            throw EvidenceInputException.UnknownFormat(options.Format, ReaderSelection.Names(options.Readers));

        using var connection = EvidenceDatabase.OpenReadWrite(databasePath);
        using var bulkLoad = options.DryRun ? null : BulkLoadJournal.TryEnter(connection);
        using var transaction = connection.BeginTransaction(deferred: false);
        var start = ChainState.Load(connection, transaction);
        var bytes = paths.Sum(p => new FileInfo(p).Length);
        var rebuild = options.DryRun ? IndexRebuild.None : IndexStrategy.For(start.LastRecord, bytes);
        Tune(connection, transaction, rebuild);
        EvidenceIndexes.Drop(connection, transaction, rebuild);
        using var writer = new RecordWriter(connection, start, start.LastBatch + 1,
            idIndexDropped: rebuild == IndexRebuild.All, expectedRecords: bytes / IndexStrategy.TypicalRecordBytes);
        var errors = new ErrorCollector(options.MaxErrors);
        var notes = new Notes();

        var files = new List<ImportedFile>(paths.Count);
        for (var i = 0; i < paths.Count; i++)
            files.Add(new FileImport(i, paths[i], options, clock, errors, notes.Add).Run(writer, files.Sum(f => f.Records), cancellation));

        var result = new ImportResult
        {
            DryRun = options.DryRun,
            NewRecords = writer.New,
            AlreadyPresent = writer.Present,
            NewByKind = writer.NewByKind,
            NewFrom = writer.NewRange is { } range ? StoreTime.FromTicks(range.First) : null,
            NewTo = writer.NewRange is { } last ? StoreTime.FromTicks(last.Last) : null,
            Files = files,
            Errors = errors.Listed(),
            ErrorCount = errors.Count,
            Notes = notes.All(),
        };
        if (result.ErrorCount > 0)
        {
            transaction.Rollback();
            return result with { NewRecords = 0, AlreadyPresent = 0, NewByKind = new SortedDictionary<string, long>(StringComparer.Ordinal), NewFrom = null, NewTo = null };
        }
        if (options.DryRun)
        {
            transaction.Rollback();
            return result with { ChainHead = Convert.ToHexStringLower(start.Chain) };
        }

        EvidenceIndexes.Create(connection, transaction, rebuild);
        var batch = WriteBatch(connection, transaction, start, writer, files, options);
        transaction.Commit();
        return result with { Batch = batch.Seq, ChainHead = Convert.ToHexStringLower(batch.ChainHead) };
    }

    private static void Tune(SqliteConnection connection, SqliteTransaction transaction, IndexRebuild rebuild)
    {
        using var pragma = connection.CreateCommand();
        pragma.Transaction = transaction;
        pragma.CommandText = $"PRAGMA cache_size = -{IndexStrategy.CacheKiB(rebuild)}; PRAGMA threads = {IndexStrategy.SorterHelperThreads(rebuild)};";
        pragma.ExecuteNonQuery();
    }

    private BatchRow WriteBatch(SqliteConnection connection, SqliteTransaction transaction, ChainState start, RecordWriter writer, List<ImportedFile> files, ImportOptions options)
    {
        var row = new BatchRow(
            Seq: writer.Batch,
            ImportedAtTicks: StoreTime.ToTicks(clock.GetUtcNow()),
            Importer: Name,
            ImporterVersion: Version,
            SourceLabel: options.SourceLabel,
            FilesJson: FilesJson.Write(files),
            FirstRecord: writer.New > 0 ? start.LastRecord + 1 : null,
            LastRecord: writer.New > 0 ? writer.NextSeq - 1 : null,
            NewCount: writer.New,
            PresentCount: writer.Present,
            ChainHead: writer.Head,
            PrevHash: start.BatchHash,
            Hash: []);
        row = row with { Hash = BatchHash.Compute(row) };
        BatchTable.Insert(connection, transaction, row);
        return row;
    }

    private sealed class Notes
    {
        private readonly Lock _gate = new();
        private readonly List<string> _notes = [];

        public void Add(string note)
        {
            lock (_gate)
                if (!_notes.Contains(note)) _notes.Add(note);
        }

        public IReadOnlyList<string> All()
        {
            lock (_gate) return [.. _notes];
        }
    }
}
