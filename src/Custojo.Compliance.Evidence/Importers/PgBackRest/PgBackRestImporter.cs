using System.Globalization;
using System.Text.Json.Nodes;
using Custojo.Compliance.Evidence.Importers.Reading;

namespace Custojo.Compliance.Evidence.Importers.PgBackRest;

/// <summary>
/// <c>pgbackrest info --output=json</c>: one database backup run per backup of each stanza (full,
/// incremental, differential; a backup flagged <c>error</c> is failed) and one health check per stanza
/// from its <c>status.code</c> — <c>pgbackrest info</c> exits 0 even for a missing stanza, so the code in
/// the JSON is what tells.
/// </summary>
internal sealed class PgBackRestImporter : IToolImporter
{
    public const string ImporterName = "pgbackrest";

    /// <summary>pgBackRest's stanza status code for "backup/expire running": the stanza is healthy.</summary>
    private const long BackupRunningCode = 6;

    public string Name => ImporterName;

    public string Version => "1.0.0";

    public string Description => "pgbackrest info --output=json: database backup runs and stanza status";

    public bool Recognises(ReadOnlySpan<byte> header)
    {
        var text = HeaderText.TrimmedStart(header);
        return text.StartsWith('[') && text.Contains("\"repo-key\"", StringComparison.Ordinal) && text.Contains("\"archive\"", StringComparison.Ordinal);
    }

    public IEnumerable<ImportedRecord> Read(Stream input, ImportContext context)
    {
        var document = JsonInput.Parse(input, Name, "a JSON array of pgBackRest stanzas");
        if (document is not JsonArray stanzas)
            throw ToolFormatException.At(Name, "$", "a JSON array of pgBackRest stanzas", document.GetValueKind().ToString());
        var records = new List<ImportedRecord>();
        for (var i = 0; i < stanzas.Count; i++)
        {
            var stanza = JsonScope.Of(stanzas[i], $"$[{i}]", Name, "a pgBackRest stanza object (name, status, backup)");
            var name = stanza.String("name");
            var host = context.HostOf(null, Name, stanza.Path, $"stanza {name}");
            records.AddRange(stanza.Objects("backup", "a pgBackRest backup object").Select(b => Backup(b, name, host)));
            records.Add(Status(stanza, name, host, context));
        }
        return records;
    }

    private ImportedRecord Backup(JsonScope backup, string stanza, string host)
    {
        var type = backup.String("type") switch
        {
            "full" => "full",
            "incr" => "incremental",
            "diff" => "differential",
            var other => throw backup.Error("type", "full, incr or diff", other),
        };
        var timestamp = backup.Object("timestamp");
        var failed = backup.Has("error") && backup.Bool("error");
        var version = backup.OptionalObject("backrest")?.OptionalString("version");
        var repoKey = backup.OptionalObject("database")?.OptionalLong("repo-key");
        return new RecordBuilder("backup-run")
            .Add("category", "database")
            .Add("type", type)
            .Add("startedAt", Unix(timestamp, "start"))
            .Add("completedAt", Unix(timestamp, "stop"))
            .Add("outcome", failed ? "failed" : "success")
            .Add("sizeBytes", backup.Object("info").Long("size"))
            .Add("target", stanza)
            .Add("host", host)
            .Add("repository", repoKey is null ? null : string.Create(CultureInfo.InvariantCulture, $"repo{repoKey}"))
            .Add("tool", version is null ? "pgbackrest" : $"pgbackrest {version}")
            .Add("error", failed ? "pgBackRest flagged this backup with errors (e.g. page checksum errors); see pgbackrest info --set" : null)
            .Add("snapshotId", backup.String("label"))
            .Add("parentId", backup.OptionalString("prior"))
            .Add("tags", Array.Empty<string>())
            .At(backup.Path);
    }

    private ImportedRecord Status(JsonScope stanza, string name, string host, ImportContext context)
    {
        var status = stanza.Object("status");
        var code = status.Long("code");
        var message = status.String("message");
        return new RecordBuilder("health-check")
            .Add("host", host)
            .Add("service", $"pgbackrest stanza {name}")
            .Add("checkedAt", context.ObservationTime(Name, "pgbackrest info"))
            .Add("status", code is 0 or BackupRunningCode ? "up" : "down")
            .Add("details", string.Create(CultureInfo.InvariantCulture, $"status code {code}: {message}"))
            .At(status.Path);
    }

    private static DateTimeOffset Unix(JsonScope timestamp, string field) =>
        DateTimeOffset.FromUnixTimeSeconds(timestamp.Long(field));
}
