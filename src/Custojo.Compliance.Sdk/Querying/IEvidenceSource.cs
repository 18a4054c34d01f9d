namespace Custojo.Compliance.Sdk.Querying;

/// <summary>
/// Implemented by the engine over the evidence store. Kind, time range and subject are filtered by the
/// store, rows come back streamed in time order (then by id).
/// </summary>
public interface IEvidenceSource
{
    IEnumerable<StoredEvidence> Query(string kind, DateTimeOffset fromInclusive, DateTimeOffset toExclusive, string? subject);
}
