namespace Custojo.Compliance.Sdk.Results;

/// <summary>
/// One concrete problem behind a result, e.g. a backup gap with its start, end and duration.
/// </summary>
public sealed record Finding(string Message)
{
    /// <summary>Start of the period the finding is about, if it is about a period.</summary>
    public DateTimeOffset? Start { get; init; }

    /// <summary>End of the period the finding is about.</summary>
    public DateTimeOffset? End { get; init; }

    /// <summary>Length of the period (e.g. the gap), when it applies.</summary>
    public TimeSpan? Duration => Start is { } s && End is { } e ? e - s : null;

    /// <summary>The host, user, package or other subject the finding names.</summary>
    public string? Subject { get; init; }

    /// <summary>Evidence records that show the finding.</summary>
    public IReadOnlyList<EvidenceRef> Evidence { get; init; } = [];
}
