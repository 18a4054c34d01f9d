using System.Text.Encodings.Web;
using System.Text.Json;

namespace Custojo.Compliance.Engine.Linting;

/// <summary>
/// Writes a lint report as JSON: <c>{ "files", "errors", "warnings", "diagnostics": [{ id, severity, message,
/// file, line, column, endLine, endColumn, title, category }] }</c>, indented with '\n', deterministic.
/// </summary>
public static class LintJsonWriter
{
    public static void Write(LintReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteNumber("files", report.Files.Count);
        json.WriteNumber("errors", report.ErrorCount);
        json.WriteNumber("warnings", report.WarningCount);
        json.WriteStartArray("diagnostics");
        foreach (var d in report.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("id", d.Id);
            json.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
            json.WriteString("message", d.Message);
            json.WriteString("file", d.File);
            json.WriteNumber("line", d.Line);
            json.WriteNumber("column", d.Column);
            json.WriteNumber("endLine", d.EndLine);
            json.WriteNumber("endColumn", d.EndColumn);
            json.WriteString("title", d.Title);
            json.WriteString("category", d.Category);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }
}
