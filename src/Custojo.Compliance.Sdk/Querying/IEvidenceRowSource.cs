namespace Custojo.Compliance.Sdk.Querying;

/// <summary>
/// An evidence source that hands each row of a query to a reader while the store still holds it, so that only
/// what the reader builds from the row is kept: no copy of its JSON, id or subject on the way. The engine's store
/// implements it; every other source is read through <see cref="IEvidenceSource.Query"/>.
/// </summary>
internal interface IEvidenceRowSource
{
    /// <summary>The rows <see cref="IEvidenceSource.Query"/> would yield, in the same order, each turned into a
    /// <typeparamref name="TRow"/> by <paramref name="read"/>; the row's spans are valid only during that call.
    /// With <paramref name="conditions"/>, only the rows whose stored JSON meets every one of them.</summary>
    IEnumerable<TRow> Query<TRow>(string kind, DateTimeOffset fromInclusive, DateTimeOffset toExclusive, string? subject,
        IReadOnlyList<FieldCondition> conditions, EvidenceRowReader<TRow> read);
}

/// <summary>Builds what a query keeps of one row from the row as the store holds it.</summary>
internal delegate TRow EvidenceRowReader<out TRow>(EvidenceRowView row);
