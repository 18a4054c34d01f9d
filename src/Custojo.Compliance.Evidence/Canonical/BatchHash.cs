using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using Custojo.Compliance.Evidence.Storage;

namespace Custojo.Compliance.Evidence.Canonical;

/// <summary>
/// A batch's hash: <c>SHA-256(previous batch hash ‖ canonical JSON of every other column)</c>. It covers
/// the provenance (files and their SHA-256, importer, source label, imported-at), the counts, the record
/// range and the chain head after the batch, so a batch row cannot change without breaking it.
/// </summary>
internal static class BatchHash
{
    public static byte[] Compute(BatchRow row)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        buffer.Write(row.PrevHash);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("chainHead", Convert.ToHexStringLower(row.ChainHead));
            writer.WritePropertyName("files");
            writer.WriteRawValue(row.FilesJson, skipInputValidation: false);
            Number(writer, "firstRecord", row.FirstRecord);
            writer.WriteNumber("importedAt", row.ImportedAtTicks);
            writer.WriteString("importer", row.Importer);
            writer.WriteString("importerVersion", row.ImporterVersion);
            Number(writer, "lastRecord", row.LastRecord);
            writer.WriteNumber("newCount", row.NewCount);
            writer.WriteNumber("presentCount", row.PresentCount);
            writer.WriteNumber("seq", row.Seq);
            if (row.SourceLabel is null) writer.WriteNull("sourceLabel"); else writer.WriteString("sourceLabel", row.SourceLabel);
            writer.WriteEndObject();
        }
        return SHA256.HashData(buffer.WrittenSpan);
    }

    private static void Number(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } v) writer.WriteNumber(name, v); else writer.WriteNull(name);
    }
}
