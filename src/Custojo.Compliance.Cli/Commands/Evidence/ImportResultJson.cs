using Custojo.Compliance.Evidence.Import;

namespace Custojo.Compliance.Cli.Commands.Evidence;

/// <summary>The import result as JSON on stdout, for collectors and scripts.</summary>
internal static class ImportResultJson
{
    public static void Write(ImportResult result) => JsonOutput.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteBoolean("succeeded", result.Succeeded);
        writer.WriteBoolean("dryRun", result.DryRun);
        writer.WriteNumber("newRecords", result.NewRecords);
        writer.WriteNumber("alreadyPresent", result.AlreadyPresent);
        writer.WriteStartObject("newByKind");
        foreach (var (kind, count) in result.NewByKind) writer.WriteNumber(kind, count);
        writer.WriteEndObject();
        if (result.Batch is { } batch) writer.WriteNumber("batch", batch); else writer.WriteNull("batch");
        if (result.ChainHead is { } head) writer.WriteString("chainHead", head); else writer.WriteNull("chainHead");
        writer.WriteStartArray("files");
        foreach (var file in result.Files)
        {
            writer.WriteStartObject();
            writer.WriteString("name", file.Name);
            writer.WriteString("sha256", file.Sha256);
            writer.WriteString("reader", file.Reader);
            writer.WriteString("readerVersion", file.ReaderVersion);
            writer.WriteNumber("records", file.Records);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteNumber("errorCount", result.ErrorCount);
        writer.WriteStartArray("errors");
        foreach (var error in result.Errors)
        {
            writer.WriteStartObject();
            writer.WriteString("file", error.File);
            if (error.Line is { } line) writer.WriteNumber("line", line); else writer.WriteNull("line");
            writer.WriteString("pointer", error.Pointer);
            writer.WriteString("rule", error.Rule);
            writer.WriteString("message", error.Message);
            writer.WriteString("value", error.Value);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("notes");
        foreach (var note in result.Notes) writer.WriteStringValue(note);
        writer.WriteEndArray();
        writer.WriteEndObject();
    });
}
