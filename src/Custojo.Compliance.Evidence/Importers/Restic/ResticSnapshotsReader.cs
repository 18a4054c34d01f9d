using System.Text.Json.Nodes;
using Custojo.Compliance.Evidence.Importers.Reading;

namespace Custojo.Compliance.Evidence.Importers.Restic;

/// <summary>
/// <c>restic snapshots --json</c>: each snapshot is a saved file-system backup (incremental when it has a
/// parent). Times keep the offset of the snapshot's creator. restic 0.17+ adds a <c>summary</c> with
/// start, end and size; older versions have neither, and both are accepted. Grouped output
/// (<c>--group-by</c>) is flattened. A snapshot in the repository is a saved backup, so its outcome is
/// success: restic records an incomplete run nowhere in the snapshot, only in the <c>backup --json</c>
/// output, which <see cref="ResticBackupReader"/> reads.
/// </summary>
internal static class ResticSnapshotsReader
{
    private const string Importer = ResticImporter.ImporterName;
    private const string Expected = "a restic snapshot object (time, tree, paths, hostname, id)";

    public static IEnumerable<ImportedRecord> Read(JsonNode document, ImportContext context)
    {
        if (document is not JsonArray array)
            throw ToolFormatException.At(Importer, "$", "a JSON array of restic snapshots", document.GetValueKind().ToString());
        for (var i = 0; i < array.Count; i++)
        {
            var item = JsonScope.Of(array[i], $"$[{i}]", Importer, Expected);
            if (item.Has("group_key"))
            {
                foreach (var grouped in item.Objects("snapshots", Expected)) yield return Snapshot(grouped, context);
            }
            else
            {
                yield return Snapshot(item, context);
            }
        }
    }

    private static ImportedRecord Snapshot(JsonScope snapshot, ImportContext context)
    {
        var time = ContextRules.ParseInstant(snapshot.String("time"), Importer, $"{snapshot.Path}.time", "an RFC 3339 time with offset");
        var summary = snapshot.OptionalObject("summary");
        var started = summary?.OptionalString("backup_start") is { } start
            ? ContextRules.ParseInstant(start, Importer, $"{summary.Value.Path}.backup_start", "an RFC 3339 time with offset")
            : time;
        DateTimeOffset? completed = summary?.OptionalString("backup_end") is { } end
            ? ContextRules.ParseInstant(end, Importer, $"{summary.Value.Path}.backup_end", "an RFC 3339 time with offset")
            : null;
        var paths = snapshot.Strings("paths");
        if (paths.Count == 0) throw snapshot.Error("paths", "at least one backed-up path", "[]");
        var parent = snapshot.OptionalString("parent");
        var version = snapshot.OptionalString("program_version");

        return new RecordBuilder("backup-run")
            .Add("category", "file-system")
            .Add("type", parent is null ? "full" : "incremental")
            .Add("startedAt", started)
            .Add("completedAt", completed)
            .Add("outcome", "success")
            .Add("sizeBytes", summary?.OptionalLong("total_bytes_processed"))
            .Add("target", string.Join(", ", paths))
            .Add("host", context.HostOf(snapshot.OptionalString("hostname"), Importer, $"{snapshot.Path}.hostname", "the snapshot"))
            .Add("tool", version ?? "restic")
            .Add("snapshotId", snapshot.String("id"))
            .Add("parentId", parent)
            .Add("tags", snapshot.Strings("tags"))
            .At(snapshot.Path);
    }
}
