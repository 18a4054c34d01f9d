using Custojo.Compliance.Evidence.Importers.Reading;

namespace Custojo.Compliance.Evidence.Importers.Borg;

/// <summary>One borg archive as a backup run: borg archives are complete deduplicated snapshots (type full).</summary>
internal static class BorgArchive
{
    private const string Importer = BorgImporter.ImporterName;
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFF";

    /// <summary>The outcome of the <c>borg create</c> that printed the document: from its log lines and exit hint.</summary>
    public static (string Outcome, string? Error) CreateOutcome(BorgOutput output)
    {
        if (output.Errors.Count > 0 || output.ExitCode >= 2)
            return ("failed", Describe(output.Errors.Concat(output.Warnings), output.ExitCode));
        if (output.Warnings.Count > 0 || output.ExitCode == 1)
            return ("partial", Describe(output.Warnings, output.ExitCode));
        return ("success", null);
    }

    /// <summary>The outcome of an archive in a listing: a checkpoint archive is an interrupted backup.</summary>
    public static (string Outcome, string? Error) StoredOutcome(JsonScope archive)
    {
        var name = archive.OptionalString("name") ?? archive.OptionalString("archive") ?? "";
        return name.Contains(".checkpoint", StringComparison.Ordinal)
            ? ("partial", "checkpoint archive: borg create was interrupted before the archive completed")
            : ("success", null);
    }

    public static ImportedRecord ToRecord(JsonScope archive, string? repository, ImportContext context, (string Outcome, string? Error) result)
    {
        var name = archive.OptionalString("name") ?? archive.String("archive");
        var paths = PathsOf(archive.Strings("command_line"));
        return new RecordBuilder("backup-run")
            .Add("category", "file-system")
            .Add("type", "full")
            .Add("startedAt", Time(archive, "start", context))
            .Add("completedAt", archive.Has("end") ? Time(archive, "end", context) : null)
            .Add("outcome", result.Outcome)
            .Add("sizeBytes", archive.OptionalObject("stats")?.Long("original_size"))
            .Add("target", paths.Count > 0 ? string.Join(", ", paths) : $"archive {name}")
            .Add("host", context.HostOf(archive.OptionalString("hostname"), Importer, archive.Path, "borg"))
            .Add("repository", repository)
            .Add("tool", "borg")
            .Add("error", result.Error)
            .Add("snapshotId", archive.String("id"))
            .Add("tags", Array.Empty<string>())
            .At(archive.Path);
    }

    private static DateTimeOffset Time(JsonScope archive, string field, ImportContext context)
    {
        var location = $"{archive.Path}.{field}";
        var local = ContextRules.ParseLocal(archive.String(field), TimeFormat, Importer, location, "a borg time 'yyyy-MM-ddTHH:mm:ss.ffffff'");
        return context.InZone(local, Importer, location);
    }

    /// <summary>The backed-up paths of a <c>borg create</c> command line: the arguments after the <c>::archive</c> one.</summary>
    private static List<string> PathsOf(IReadOnlyList<string> commandLine)
    {
        var archiveArg = -1;
        for (var i = 0; i < commandLine.Count; i++)
        {
            if (commandLine[i].Contains("::", StringComparison.Ordinal)) archiveArg = i;
        }
        return archiveArg < 0 ? [] : [.. commandLine.Skip(archiveArg + 1).Where(a => !a.StartsWith('-'))];
    }

    private static string Describe(IEnumerable<string> messages, int? exitCode)
    {
        var parts = messages.Take(3).ToList();
        if (exitCode is not (null or 0)) parts.Add($"exit code {exitCode}");
        return string.Join("; ", parts);
    }
}
