namespace Custojo.Compliance.Evidence.Import;

/// <summary>How to import: the format, the operator's label, dry run, and context for tool outputs with local times.</summary>
public sealed record ImportOptions
{
    /// <summary><c>auto</c> (by content), <c>json</c>, <c>ndjson</c> or the name of a tool reader.</summary>
    public string Format { get; init; } = "auto";

    /// <summary>The operator's label for where the evidence comes from (<c>--source</c>), kept in the batch.</summary>
    public string? SourceLabel { get; init; }

    /// <summary>Validate and count, then roll back: nothing is written.</summary>
    public bool DryRun { get; init; }

    /// <summary>Zone for local times without an offset in tool outputs (JSON and NDJSON records must carry offsets).</summary>
    public TimeZoneInfo? Zone { get; init; }

    /// <summary>Year for year-less timestamps (traditional syslog).</summary>
    public int? Year { get; init; }

    /// <summary>Host name to record when a tool's output does not name one.</summary>
    public string? Host { get; init; }

    /// <summary>How many errors the result lists; all are counted.</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>Tool readers tried before the built-in JSON and NDJSON readers.</summary>
    public IReadOnlyList<IEvidenceFileReader> Readers { get; init; } = [];
}
