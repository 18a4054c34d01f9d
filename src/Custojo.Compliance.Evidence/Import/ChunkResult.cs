namespace Custojo.Compliance.Evidence.Import;

/// <summary>What validating one chunk of raw records produced: valid records in order, and errors with their record positions.</summary>
internal sealed record ChunkResult(List<ValidatedRecord> Records, List<(long Position, ImportError Error)> Errors);
