namespace Custojo.Compliance.Evidence.Import;

/// <summary>
/// The outcome of one import invocation (all its files): counts, provenance, and every error found. When
/// <see cref="ErrorCount"/> is not zero, or on a dry run, nothing was written.
/// </summary>
public sealed record ImportResult
{
    public bool Succeeded => ErrorCount == 0;

    public bool DryRun { get; init; }

    /// <summary>Records added (on a dry run: that would have been added).</summary>
    public long NewRecords { get; init; }

    /// <summary>Records already in the store (same content hash) or repeated within this import.</summary>
    public long AlreadyPresent { get; init; }

    /// <summary>New records per kind, ordered by kind.</summary>
    public IReadOnlyDictionary<string, long> NewByKind { get; init; } = new SortedDictionary<string, long>(StringComparer.Ordinal);

    /// <summary>Observed-at of the earliest new record (UTC), when any record is new.</summary>
    public DateTimeOffset? NewFrom { get; init; }

    /// <summary>Observed-at of the latest new record (UTC), when any record is new.</summary>
    public DateTimeOffset? NewTo { get; init; }

    public IReadOnlyList<ImportedFile> Files { get; init; } = [];

    /// <summary>The first errors in file order, at most <see cref="ImportOptions.MaxErrors"/>.</summary>
    public IReadOnlyList<ImportError> Errors { get; init; } = [];

    /// <summary>All errors found, including those not listed.</summary>
    public long ErrorCount { get; init; }

    /// <summary>What readers assumed (e.g. a time zone for local times).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The batch written, when the import succeeded and was not a dry run.</summary>
    public long? Batch { get; init; }

    /// <summary>The chain head after the import (hex).</summary>
    public string? ChainHead { get; init; }

    /// <summary>"N new, M already present".</summary>
    public string Summary => $"{NewRecords} new, {AlreadyPresent} already present";
}
