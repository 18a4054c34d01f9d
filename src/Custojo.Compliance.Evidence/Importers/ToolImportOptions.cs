namespace Custojo.Compliance.Evidence.Importers;

/// <summary>
/// What tool importers need beyond the pipeline's <see cref="Import.ImportOptions"/> (zone, year, host):
/// the time of outputs that carry none, the environment of patches, and where the zone came from.
/// </summary>
public sealed record ToolImportOptions
{
    /// <summary>When an output without a time of its own was produced (<c>--observed-at</c>); the import clock when absent.</summary>
    public DateTimeOffset? ObservedAt { get; init; }

    /// <summary>The environment patches were applied in (<c>--environment</c>: production, staging or test); production when absent.</summary>
    public string? Environment
    {
        get;
        init => field = value is null or "production" or "staging" or "test"
            ? value
            : throw new EvidenceInputException($"Environment '{value}' is not one of production, staging, test. Pass --environment production, staging or test.");
    }

    /// <summary>Where the pipeline's zone came from, for the summary: <c>--timezone</c> or <c>workspace time zone</c>.</summary>
    public string ZoneOrigin { get; init; } = "workspace time zone";
}
