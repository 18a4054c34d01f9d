using System.Collections.Concurrent;
using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Sdk.Querying;

/// <summary>
/// The evidence of one run, shared by its controls: records of shareable kinds are read from the store once
/// and handed to every control that asks, up to a number of records held in all (see <see cref="KindRecords{T}"/>);
/// other kinds are read afresh per query. Either way a query yields exactly the rows the store would, in order.
/// </summary>
internal sealed class SharedEvidence(IEvidenceSource source, RecordBudget budget)
{
    /// <summary>
    /// About 100 MB of records (some 230 bytes each with their references and pooled strings): the kinds most
    /// controls read share it, while a kind of hundreds of thousands of records is streamed as before. The budget
    /// goes to the kinds read first, which are the large ones (their controls start first): at 300,000 the 90 days
    /// of the scale-10 demo left the log collections and integration checks, read by four and six controls, to be
    /// streamed once per control, which cost a warm check more time and more memory than holding them.
    /// </summary>
    public const int DefaultMaxSharedRecords = 450_000;

    public SharedEvidence(IEvidenceSource source, int maxSharedRecords = DefaultMaxSharedRecords)
        : this(source, new RecordBudget(maxSharedRecords))
    {
    }

    private readonly ConcurrentDictionary<Type, object> _kinds = new();
    private readonly StringPool _strings = new();

    /// <summary>
    /// The records <paramref name="match"/> keeps are read from the store on every query, whatever their kind: the
    /// store skips the others, which costs less than holding them all.
    /// </summary>
    public IEnumerable<Observed<T>> Query<T>(DateTimeOffset from, DateTimeOffset to, string? subject, Match<T>? match = null) where T : EvidenceRecord =>
        match is not null ? TypedEvidence.Stream<T>(source, from, to, subject, match.Conditions)
        : ShareableRecords.IsShareable(typeof(T))
            ? ((KindRecords<T>)_kinds.GetOrAdd(typeof(T), _ => new KindRecords<T>(source, _strings, budget))).Query(from, to, subject)
            : TypedEvidence.Stream<T>(source, from, to, subject);

    /// <summary>How many records of <typeparamref name="T"/> lie in <c>[from, to)</c>, counted by the store without reading them.</summary>
    public int Count<T>(DateTimeOffset from, DateTimeOffset to) where T : EvidenceRecord =>
        from >= to ? 0 : source.Count(EvidenceKinds.Of<T>().Name, from, to);
}
