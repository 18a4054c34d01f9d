namespace Custojo.Compliance.Sdk.Querying;

/// <summary>
/// Implemented by the engine over the evidence store. Kind, time range and subject are filtered by the
/// store, rows come back streamed in time order (then by id).
/// </summary>
public interface IEvidenceSource
{
    IEnumerable<StoredEvidence> Query(string kind, DateTimeOffset fromInclusive, DateTimeOffset toExclusive, string? subject);

    /// <summary>
    /// How many records of <paramref name="kind"/> lie in <c>[fromInclusive, toExclusive)</c>: what a query
    /// would yield, counted without reading them (a store answers from its index).
    /// </summary>
    int Count(string kind, DateTimeOffset fromInclusive, DateTimeOffset toExclusive) => Query(kind, fromInclusive, toExclusive, null).Count();
}
