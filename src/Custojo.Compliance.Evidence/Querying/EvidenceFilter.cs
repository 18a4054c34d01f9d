namespace Custojo.Compliance.Evidence.Querying;

/// <summary>Which records to list: by kind, observed in <c>[From, To)</c>, about a subject; at most <see cref="Limit"/>.</summary>
public sealed record EvidenceFilter
{
    public string? Kind { get; init; }
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public string? Subject { get; init; }
    public int? Limit { get; init; }
}
