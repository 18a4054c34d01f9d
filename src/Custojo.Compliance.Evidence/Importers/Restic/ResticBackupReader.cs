using System.Globalization;
using System.Text.Json;
using Custojo.Compliance.Evidence.Importers.Reading;

namespace Custojo.Compliance.Evidence.Importers.Restic;

/// <summary>
/// The NDJSON of <c>restic backup --json</c>, possibly several runs appended to one file. Failures come
/// from the content: <c>error</c> lines (unreadable files: the snapshot is saved but incomplete),
/// <c>exit_error</c> (0.17+), <c>Fatal:</c> lines and an <c>rc=N</c> exit hint the collection recipe
/// appends (restic exits 3 for an incomplete snapshot), and the "PATH does not exist, skipping" text line
/// of a missing source path, after which restic saves the snapshot and exits 0.
/// </summary>
internal static class ResticBackupReader
{
    private const string Importer = ResticImporter.ImporterName;

    /// <summary>What restic prints (as text, even with --json) for a source path that is missing; it still exits 0.</summary>
    private const string MissingSourceSuffix = " does not exist, skipping";

    public static IEnumerable<ImportedRecord> Read(IEnumerable<NumberedLine> lines, ImportContext context)
    {
        ResticBackupRun? run = null;
        foreach (var line in lines)
        {
            var text = line.Text.Trim();
            if (text.Length == 0) continue;
            if (run is { Summary: not null } && !text.StartsWith("rc=", StringComparison.Ordinal))
            {
                yield return run.ToRecord(context);
                run = null;
            }
            run ??= new ResticBackupRun(line.Number);
            run.LastLine = line.Number;
            if (text.StartsWith("rc=", StringComparison.Ordinal))
            {
                run.ExitCode = int.TryParse(text.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                    ? code
                    : throw ToolFormatException.At(Importer, line.Location, "an exit hint rc=<number>", text);
                yield return run.ToRecord(context);
                run = null;
            }
            else if (text.StartsWith('{'))
            {
                ReadMessage(line, run);
            }
            else if (text.StartsWith("Fatal:", StringComparison.Ordinal))
            {
                run.Fatal = text;
            }
            else if (text.StartsWith("Warning:", StringComparison.Ordinal) || text.StartsWith("error", StringComparison.OrdinalIgnoreCase)
                || text.EndsWith(MissingSourceSuffix, StringComparison.Ordinal))
            {
                run.AddError(text);
            }
            else
            {
                throw ToolFormatException.At(Importer, line.Location, $"a restic --json message, a 'Fatal:', 'Warning:' or '...{MissingSourceSuffix}' line, or rc=<exit code>", text);
            }
        }
        if (run is { IsEmpty: false }) yield return run.ToRecord(context);
    }

    private static void ReadMessage(NumberedLine line, ResticBackupRun run)
    {
        var message = JsonScope.Of(JsonInput.ParseLine(line, Importer, "a restic --json message object"), line.Location, Importer, "a restic --json message object");
        switch (message.String("message_type"))
        {
            case "summary":
                run.Summary = message;
                break;
            case "error":
                run.AddError(ErrorOf(message));
                break;
            case "exit_error":
                run.Fatal = message.OptionalString("message") ?? "restic exited with an error";
                run.ExitCode = (int?)message.OptionalLong("code") ?? run.ExitCode;
                break;
            default:
                // status, verbose_status and later additions carry progress, not outcome.
                break;
        }
    }

    private static string ErrorOf(JsonScope message)
    {
        var item = message.OptionalString("item");
        var during = message.OptionalString("during");
        var detail = message.OptionalObject("error")?.OptionalString("message");
        var where = item is null ? "" : $"{item}: ";
        var phase = during is null ? "" : $"during {during}";
        var what = detail ?? "error (restic gave no message)";
        return phase.Length == 0 ? $"{where}{what}" : $"{where}{phase}: {what}";
    }
}
