namespace Custojo.Compliance.Evidence.Importers;

/// <summary>
/// What a tool importer may assume about its input beyond the content: the zone of local times, the
/// year of year-less syslog lines, the host, the time of outputs that carry none, and the import clock.
/// Every assumption an importer makes is recorded in <see cref="Assumptions"/> so the import summary can say so.
/// </summary>
internal sealed class ImportContext
{
    private readonly List<string> _assumptions = [];
    private readonly string? _environment;

    /// <param name="zone">The zone of local times without an offset.</param>
    /// <param name="zoneOrigin">Where the zone came from, for the summary, e.g. <c>--timezone</c> or <c>workspace time zone</c>.</param>
    /// <param name="clock">The import clock. Importers never read the machine's clock.</param>
    public ImportContext(TimeZoneInfo zone, string zoneOrigin, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentException.ThrowIfNullOrWhiteSpace(zoneOrigin);
        ArgumentNullException.ThrowIfNull(clock);
        Zone = zone;
        ZoneOrigin = zoneOrigin;
        Clock = clock;
    }

    public TimeZoneInfo Zone { get; }

    public string ZoneOrigin { get; }

    public TimeProvider Clock { get; }

    /// <summary>The year of syslog lines that carry none (<c>--year</c>); when absent the import clock's year in <see cref="Zone"/> is used.</summary>
    public int? Year { get; init; }

    /// <summary>The host the records are about (<c>--host</c>); wins over a host named in the content.</summary>
    public string? Host { get; init; }

    /// <summary>When an output that carries no time of its own was produced (<c>--observed-at</c>); when absent the import clock is used.</summary>
    public DateTimeOffset? ObservedAt { get; init; }

    /// <summary>The environment patches were applied in (<c>--environment</c>: production, staging or test).</summary>
    public string? Environment
    {
        get => _environment;
        init => _environment = value is null or "production" or "staging" or "test"
            ? value
            : throw new ArgumentException($"Environment '{value}' is not one of production, staging, test.", nameof(value));
    }

    /// <summary>What importers assumed while reading (zone, year, host, time), each once, in the order first made.</summary>
    public IReadOnlyList<string> Assumptions => _assumptions;

    internal void Assume(string note)
    {
        if (!_assumptions.Contains(note, StringComparer.Ordinal)) _assumptions.Add(note);
    }
}
