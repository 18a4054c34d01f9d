using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Custojo.Compliance.Evidence.Importers.Reading;

namespace Custojo.Compliance.Evidence.Importers.Borg;

/// <summary>
/// A borg <c>--json</c> document split from what may surround it in a collected file: <c>--log-json</c>
/// lines on stderr (warnings and errors, which the JSON document never mentions) and an <c>rc=N</c>
/// exit hint the collection recipe appends (borg exits 1 on warnings, 2 on errors).
/// </summary>
internal sealed class BorgOutput
{
    private const string Importer = BorgImporter.ImporterName;

    private BorgOutput(JsonNode document, IReadOnlyList<string> warnings, IReadOnlyList<string> errors, int? exitCode)
    {
        Document = document;
        Warnings = warnings;
        Errors = errors;
        ExitCode = exitCode;
    }

    public JsonNode Document { get; }

    public IReadOnlyList<string> Warnings { get; }

    public IReadOnlyList<string> Errors { get; }

    public int? ExitCode { get; }

    public static BorgOutput Read(IEnumerable<NumberedLine> lines)
    {
        var document = new StringBuilder();
        var firstDocumentLine = 0;
        var warnings = new List<string>();
        var errors = new List<string>();
        int? exitCode = null;
        foreach (var line in lines)
        {
            var text = line.Text.Trim();
            if (text.StartsWith("{\"type\":", StringComparison.Ordinal) || text.StartsWith("{\"type\": ", StringComparison.Ordinal))
            {
                ReadLogLine(line, warnings, errors);
            }
            else if (text.StartsWith("rc=", StringComparison.Ordinal))
            {
                exitCode = int.TryParse(text.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                    ? code
                    : throw ToolFormatException.At(Importer, line.Location, "an exit hint rc=<number>", text);
            }
            else if (text.Length > 0 || document.Length > 0)
            {
                if (document.Length == 0) firstDocumentLine = line.Number;
                document.Append(line.Text).Append('\n');
            }
        }
        if (document.Length == 0) throw ToolFormatException.At(Importer, "end of file", "a borg --json document (borg create, list or info)", "no JSON document");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(document.ToString()));
        JsonNode parsed;
        try
        {
            parsed = JsonInput.Parse(stream, Importer, "a borg --json document");
        }
        catch (ToolFormatException e) when (e.Location.StartsWith("line ", StringComparison.Ordinal))
        {
            var line = int.Parse(e.Location.AsSpan(5), CultureInfo.InvariantCulture) + firstDocumentLine - 1;
            throw ToolFormatException.At(Importer, $"line {line}", e.Expected, e.Found, e);
        }
        return new BorgOutput(parsed, warnings, errors, exitCode);
    }

    private static void ReadLogLine(NumberedLine line, List<string> warnings, List<string> errors)
    {
        var log = JsonScope.Of(JsonInput.ParseLine(line, Importer, "a borg --log-json line"), line.Location, Importer, "a borg --log-json object");
        if (log.String("type") != "log_message") return;
        var message = log.OptionalString("message") ?? "";
        switch (log.OptionalString("levelname"))
        {
            case "WARNING":
                warnings.Add(message);
                break;
            case "ERROR" or "CRITICAL":
                errors.Add(message);
                break;
            default:
                break;
        }
    }
}
