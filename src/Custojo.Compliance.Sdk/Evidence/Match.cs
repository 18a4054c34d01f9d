using Custojo.Compliance.Sdk.Querying;

namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>
/// Which records of kind <typeparamref name="T"/> a query keeps: every condition is a property equal to a value
/// (strings, enums, booleans, whole numbers, or null). The store skips the other records before they are read, so
/// a control that needs a few of a large kind's records (the failed logins among hundreds of thousands) does not
/// pay for the rest. A query with a match yields exactly the records it would yield without one for which every
/// condition holds, in the same order.
/// <code>
/// ctx.Evidence(where: Match&lt;LoginAttempt&gt;.Where(nameof(LoginAttempt.Outcome), LoginOutcome.Failure))
/// </code>
/// A property the record does not have, or a value of another type, is refused when the match is built: the
/// control ends as an error naming it.
/// </summary>
public sealed class Match<T> where T : EvidenceRecord
{
    private Match(IReadOnlyList<FieldCondition> conditions) => Conditions = conditions;

    internal IReadOnlyList<FieldCondition> Conditions { get; }

    /// <summary>Records whose <paramref name="property"/> (its C# name: use <c>nameof</c>) equals <paramref name="value"/>.</summary>
    public static Match<T> Where(string property, object? value) => new([FieldCondition.For(typeof(T), property, value)]);

    /// <summary>This match's records whose <paramref name="property"/> also equals <paramref name="value"/>.</summary>
    public Match<T> And(string property, object? value) => new([.. Conditions, FieldCondition.For(typeof(T), property, value)]);

    public override string ToString() => string.Join(" and ", Conditions);
}
