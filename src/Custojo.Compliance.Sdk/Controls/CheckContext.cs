using Custojo.Compliance.Sdk.Evidence;
using Custojo.Compliance.Sdk.Querying;
using Custojo.Compliance.Sdk.Results;
using Custojo.Compliance.Sdk.Time;

namespace Custojo.Compliance.Sdk.Controls;

/// <summary>
/// What a control's check sees: the audit window, its parameters in effect, evidence queries and the
/// helpers that build results. There is no clock here: time is the window.
/// </summary>
public sealed class CheckContext
{
    private readonly SharedEvidence _evidence;
    private readonly IReadOnlyDictionary<string, object> _parameters;

    internal CheckContext(string controlId, AuditWindow window, IReadOnlyDictionary<string, object> parameters, IEvidenceSource source)
        : this(controlId, window, parameters, new SharedEvidence(source))
    {
    }

    /// <summary>A context reading through the run's <paramref name="evidence"/>, shared with the run's other controls.</summary>
    internal CheckContext(string controlId, AuditWindow window, IReadOnlyDictionary<string, object> parameters, SharedEvidence evidence)
    {
        ControlId = controlId;
        Window = window;
        _parameters = parameters;
        _evidence = evidence;
    }

    public string ControlId { get; }

    public AuditWindow Window { get; }

    /// <summary>The value in effect of a declared parameter (pack default or workspace override).</summary>
    public T Param<T>(string name)
    {
        if (!_parameters.TryGetValue(name, out var value))
            throw new KeyNotFoundException($"Control {ControlId} reads parameter '{name}' but does not declare it. Declare it with .Parameter(\"{name}\", default, description).");
        if (value is T typed) return typed;
        throw new InvalidCastException($"Parameter '{name}' of control {ControlId} is a {value.GetType().Name}, not a {typeof(T).Name}.");
    }

    /// <summary>
    /// Records of kind <typeparamref name="T"/> observed in the window, in time order. <paramref name="lookback"/>
    /// widens the start of the range (e.g. to find the backup before the first update of the window);
    /// <paramref name="where"/> keeps only the records it matches, skipped by the store before they are read.
    /// </summary>
    public IEnumerable<Observed<T>> Evidence<T>(TimeSpan? lookback = null, string? subject = null, Match<T>? where = null) where T : EvidenceRecord =>
        Query(Window.From - (lookback ?? TimeSpan.Zero), Window.To, subject, where);

    /// <summary>Records of kind <typeparamref name="T"/> observed in <c>[from, to)</c>, in time order, those <paramref name="where"/> matches if given.</summary>
    public IEnumerable<Observed<T>> Query<T>(DateTimeOffset from, DateTimeOffset to, string? subject = null, Match<T>? where = null) where T : EvidenceRecord
    {
        foreach (var item in _evidence.Query(from, to, subject, where))
            yield return item;
    }

    /// <summary>
    /// How many records of kind <typeparamref name="T"/> were observed in the window (widened by
    /// <paramref name="lookback"/>), counted by the store without reading them.
    /// </summary>
    public int Count<T>(TimeSpan? lookback = null) where T : EvidenceRecord =>
        _evidence.Count<T>(Window.From - (lookback ?? TimeSpan.Zero), Window.To);

    /// <summary>
    /// The latest record per key observed before the window's end (snapshot kinds such as accounts or
    /// password policies), looking back at most <paramref name="maxAge"/> from the window's end.
    /// </summary>
    public IReadOnlyDictionary<string, Observed<T>> LatestBy<T>(Func<T, string> key, TimeSpan maxAge) where T : EvidenceRecord
    {
        var latest = new SortedDictionary<string, Observed<T>>(StringComparer.Ordinal);
        foreach (var item in Query<T>(Window.To - maxAge, Window.To))
            latest[key(item.Record)] = item;
        return latest;
    }

    public ControlResult Pass(string message, IEnumerable<EvidenceRef>? evidence = null) =>
        new(Outcome.Pass, message) { Evidence = Refs(evidence) };

    public ControlResult Fail(string message, IEnumerable<Finding> findings, IEnumerable<EvidenceRef>? evidence = null) =>
        new(Outcome.Fail, message) { Findings = [.. findings], Evidence = Refs(evidence) };

    public ControlResult NoEvidence(string message) => new(Outcome.NoEvidence, message);

    public ControlResult NotApplicable(string message) => new(Outcome.NotApplicable, message);

    /// <summary>A finding about a period, e.g. a gap between backups.</summary>
    public static Finding Period(string message, DateTimeOffset start, DateTimeOffset end, IEnumerable<EvidenceRef>? evidence = null) =>
        new(message) { Start = start, End = end, Evidence = Refs(evidence) };

    private static EvidenceRef[] Refs(IEnumerable<EvidenceRef>? evidence) =>
        evidence is null ? [] : [.. evidence.DistinctBy(e => e.Id).OrderBy(e => e.ObservedAt).ThenBy(e => e.Id, StringComparer.Ordinal)];
}
