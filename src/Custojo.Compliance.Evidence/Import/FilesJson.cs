using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Custojo.Compliance.Evidence.Import;

/// <summary>The canonical JSON of a batch's source files, as stored in <c>batches.files</c>.</summary>
internal static class FilesJson
{
    public static string Write(IEnumerable<ImportedFile> files)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var file in files)
            {
                writer.WriteStartObject();
                writer.WriteString("name", file.Name);
                writer.WriteString("reader", file.Reader);
                writer.WriteString("readerVersion", file.ReaderVersion);
                writer.WriteNumber("records", file.Records);
                writer.WriteString("sha256", file.Sha256);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static IReadOnlyList<ImportedFile> Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return
        [
            .. document.RootElement.EnumerateArray().Select(f => new ImportedFile(
                f.GetProperty("name").GetString()!,
                f.GetProperty("sha256").GetString()!,
                f.GetProperty("reader").GetString()!,
                f.GetProperty("readerVersion").GetString()!,
                f.GetProperty("records").GetInt64())),
        ];
    }
}
