using Custojo.Compliance.Evidence.Importers.Reading;

namespace Custojo.Compliance.Evidence.Importers.PgStatArchiver;

/// <summary>
/// Lines of <c>select row_to_json(a) from pg_stat_archiver a</c> (optionally with <c>now() as sampled_at</c>
/// and <c>current_setting('cluster_name') as cluster</c>, as the collection recipe does): one WAL
/// archiving state per line. The counters are cumulative since <c>stats_reset</c>; archiving is failing
/// now when the last failure is more recent than the last success.
/// </summary>
internal sealed class PgStatArchiverImporter : IToolImporter
{
    public const string ImporterName = "pg-stat-archiver";

    private const string Expected = "a row_to_json(pg_stat_archiver) object";

    public string Name => ImporterName;

    public string Version => "1.0.0";

    public string Description => "row_to_json(pg_stat_archiver) lines: WAL archiving state";

    public bool Recognises(ReadOnlySpan<byte> header)
    {
        var text = HeaderText.TrimmedStart(header);
        return text.StartsWith('{') && text.Contains("\"archived_count\"", StringComparison.Ordinal) && text.Contains("\"failed_count\"", StringComparison.Ordinal);
    }

    public IEnumerable<ImportedRecord> Read(Stream input, ImportContext context)
    {
        int? firstWithoutTime = null;
        foreach (var line in TextLines.Read(input))
        {
            if (line.Text.Trim().Length == 0) continue;
            var row = JsonScope.Of(JsonInput.ParseLine(line, Name, Expected), line.Location, Name, Expected);
            DateTimeOffset sampledAt;
            if (row.OptionalString("sampled_at") is { } sampled)
            {
                sampledAt = ContextRules.ParseInstant(sampled, Name, $"{line.Location}, field sampled_at", "a timestamp with offset");
            }
            else
            {
                if (firstWithoutTime is { } first)
                    throw ToolFormatException.At(Name, line.Location, $"a sampled_at field: line {first} has none either, and several samples cannot share one observation time (collect with now() as sampled_at)", line.Text);
                firstWithoutTime = line.Number;
                sampledAt = context.ObservationTime(Name, "a pg_stat_archiver row without sampled_at");
            }
            var lastArchived = Instant(row, "last_archived_time", line);
            var lastFailed = Instant(row, "last_failed_time", line);
            yield return new RecordBuilder("wal-archive-status")
                .Add("cluster", Cluster(row, context, line))
                .Add("sampledAt", sampledAt)
                .Add("archivedCount", row.Long("archived_count"))
                .Add("failedCount", row.Long("failed_count"))
                .Add("lastArchivedWal", row.OptionalString("last_archived_wal"))
                .Add("lastArchivedAt", lastArchived)
                .Add("lastFailedWal", row.OptionalString("last_failed_wal"))
                .Add("lastFailedAt", lastFailed)
                .Add("failedSinceLast", lastFailed is { } failed && (lastArchived is not { } archived || failed > archived))
                .Add("statsResetAt", Instant(row, "stats_reset", line))
                .At(line.Location);
        }
    }

    private string Cluster(JsonScope row, ImportContext context, NumberedLine line)
    {
        var cluster = row.OptionalString("cluster");
        if (string.IsNullOrWhiteSpace(cluster)) return context.HostOf(null, Name, line.Location, "PostgreSQL");
        return context.Host is { } host ? $"{host}/{cluster}" : cluster;
    }

    private DateTimeOffset? Instant(JsonScope row, string field, NumberedLine line) =>
        row.OptionalString(field) is { } text
            ? ContextRules.ParseInstant(text, Name, $"{line.Location}, field {field}", "a timestamp with offset")
            : null;
}
