using System.Globalization;
using Custojo.Compliance.Evidence.Importers.Reading;

namespace Custojo.Compliance.Evidence.Importers.Restic;

/// <summary>What one <c>restic backup --json</c> run said, line by line, until its summary or exit hint.</summary>
internal sealed class ResticBackupRun(int firstLine)
{
    private const string Importer = ResticImporter.ImporterName;
    private const int MaxErrorsShown = 3;

    private readonly List<string> _errors = [];

    public int FirstLine { get; } = firstLine;

    public int LastLine { get; set; } = firstLine;

    public JsonScope? Summary { get; set; }

    public int? ExitCode { get; set; }

    public string? Fatal { get; set; }

    public bool IsEmpty => Summary is null && ExitCode is null && Fatal is null && _errors.Count == 0;

    public void AddError(string error) => _errors.Add(error);

    public ImportedRecord ToRecord(ImportContext context)
    {
        var location = FirstLine == LastLine ? $"line {FirstLine}" : $"lines {FirstLine}-{LastLine}";
        if (Summary is null && Fatal is null && _errors.Count == 0 && ExitCode is 0 or null)
            throw ToolFormatException.At(Importer, location, "a summary line (message_type summary) or a failure (error line, Fatal:, exit_error, rc=N other than 0) for this restic backup run", "neither");

        var outcome = Outcome();
        var (started, completed) = Times(context, location);
        var summary = Summary;
        return new RecordBuilder("backup-run")
            .Add("category", "file-system")
            .Add("type", summary is { } s && s.Long("files_changed") + s.Long("files_unmodified") + s.Long("dirs_unmodified") + s.Long("dirs_changed") > 0 ? "incremental" : "full")
            .Add("startedAt", started)
            .Add("completedAt", completed)
            .Add("outcome", outcome)
            .Add("sizeBytes", summary?.Long("total_bytes_processed"))
            .Add("target", "(paths not named by restic backup --json)")
            .Add("host", context.HostOf(null, Importer, location, "restic backup"))
            .Add("tool", "restic")
            .Add("error", ErrorText())
            .Add("snapshotId", summary?.OptionalString("snapshot_id"))
            .Add("tags", Array.Empty<string>())
            .At(location);
    }

    private string Outcome()
    {
        if (Fatal is not null || ExitCode is not (null or 0 or 3)) return "failed";
        if (Summary is null) return "failed";
        return _errors.Count > 0 || ExitCode == 3 ? "partial" : "success";
    }

    private (DateTimeOffset Started, DateTimeOffset? Completed) Times(ImportContext context, string location)
    {
        if (Summary is { } s && s.OptionalString("backup_start") is { } start)
        {
            var started = ContextRules.ParseInstant(start, Importer, $"{s.Path}, field backup_start", "an RFC 3339 time with offset");
            DateTimeOffset? ended = s.OptionalString("backup_end") is { } end
                ? ContextRules.ParseInstant(end, Importer, $"{s.Path}, field backup_end", "an RFC 3339 time with offset")
                : null;
            return (started, ended);
        }
        var observed = context.ObservationTime(Importer, $"restic backup output before 0.17 ({location})");
        var duration = Summary?.OptionalDouble("total_duration") ?? 0;
        return (observed - TimeSpan.FromSeconds(duration), observed);
    }

    private string? ErrorText()
    {
        var parts = new List<string>();
        if (Fatal is not null) parts.Add(Fatal);
        if (_errors.Count > 0)
        {
            var shown = string.Join("; ", _errors.Take(MaxErrorsShown));
            parts.Add(_errors.Count > MaxErrorsShown ? $"{_errors.Count} errors: {shown}; …" : $"{_errors.Count} error{(_errors.Count == 1 ? "" : "s")}: {shown}");
        }
        if (ExitCode is not (null or 0)) parts.Add(string.Create(CultureInfo.InvariantCulture, $"exit code {ExitCode}"));
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }
}
