namespace Custojo.Compliance.Evidence.Storage;

/// <summary>One row of the <c>batches</c> table: an import's provenance, record range and hashes.</summary>
internal sealed record BatchRow(
    long Seq,
    long ImportedAtTicks,
    string Importer,
    string ImporterVersion,
    string? SourceLabel,
    string FilesJson,
    long? FirstRecord,
    long? LastRecord,
    long NewCount,
    long PresentCount,
    byte[] ChainHead,
    byte[] PrevHash,
    byte[] Hash);
