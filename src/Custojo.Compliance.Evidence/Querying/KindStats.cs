namespace Custojo.Compliance.Evidence.Querying;

/// <summary>How many records of a kind the store holds and when the first and last were observed.</summary>
public sealed record KindStats(string Kind, long Count, DateTimeOffset FirstObserved, DateTimeOffset LastObserved);
