using Custojo.Compliance.Evidence.Import;
using Custojo.Compliance.Evidence.Querying;
using Custojo.Compliance.Evidence.Storage;
using Custojo.Compliance.Evidence.Verification;
using Custojo.Compliance.Sdk.Querying;

namespace Custojo.Compliance.Evidence;

/// <summary>
/// A workspace's evidence store (one SQLite file): import, verification, browsing and the read-only
/// source the engine evaluates. Each call opens and closes its own pooled connection, so one instance can
/// be shared across threads.
/// </summary>
public sealed class EvidenceStore
{
    private readonly TimeProvider _clock;

    public EvidenceStore(string databasePath, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentNullException.ThrowIfNull(clock);
        DatabasePath = databasePath;
        _clock = clock;
    }

    public string DatabasePath { get; }

    public bool Exists => File.Exists(DatabasePath);

    /// <summary>Creates the database file and its schema if missing, and applies pending migrations.</summary>
    public void EnsureCreated()
    {
        using var connection = EvidenceDatabase.OpenReadWrite(DatabasePath);
    }

    /// <summary>Imports <paramref name="files"/> in one transaction. Bad records are reported in the result, not thrown.</summary>
    public ImportResult Import(IReadOnlyList<string> files, ImportOptions? options = null, CancellationToken cancellation = default) =>
        new EvidenceImporter(DatabasePath, _clock).Import(files, options ?? new ImportOptions(), cancellation);

    /// <summary>Recomputes the whole chain and names the first tampered row, if any.</summary>
    public VerifyResult Verify(CancellationToken cancellation = default)
    {
        if (!Exists) return new VerifyResult(EvidenceQueries.Empty, 0, null);
        using var connection = EvidenceDatabase.OpenReadOnly(DatabasePath);
        return new ChainVerifier(connection).Verify(cancellation);
    }

    /// <summary>The chain head recorded by the last import (not recomputed; see <see cref="Verify"/>).</summary>
    public ChainHead Head()
    {
        if (!Exists) return EvidenceQueries.Empty;
        using var connection = EvidenceDatabase.OpenReadOnly(DatabasePath);
        return EvidenceQueries.Head(connection);
    }

    /// <summary>Records matching <paramref name="filter"/>, streamed in time order then id.</summary>
    public IEnumerable<EvidenceRow> List(EvidenceFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (!Exists) yield break;
        using var connection = EvidenceDatabase.OpenReadOnly(DatabasePath);
        foreach (var row in EvidenceQueries.List(connection, filter)) yield return row;
    }

    /// <summary>Per kind: count, first and last observed; ordered by kind.</summary>
    public IReadOnlyList<KindStats> Stats()
    {
        if (!Exists) return [];
        using var connection = EvidenceDatabase.OpenReadOnly(DatabasePath);
        return EvidenceQueries.Stats(connection);
    }

    /// <summary>
    /// The read-only source the engine evaluates, optionally limited to batches imported by
    /// <paramref name="asOf"/> and to records up to <paramref name="upToRecord"/> (e.g. <see cref="ChainHead.Records"/>).
    /// </summary>
    public IEvidenceSource Source(DateTimeOffset? asOf = null, long? upToRecord = null)
    {
        if (!Exists) EnsureCreated();
        return new SqliteEvidenceSource(DatabasePath, asOf, upToRecord);
    }
}
