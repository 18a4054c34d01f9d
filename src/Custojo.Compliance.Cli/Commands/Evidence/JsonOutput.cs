using System.Text.Encodings.Web;
using System.Text.Json;

namespace Custojo.Compliance.Cli.Commands.Evidence;

/// <summary>Writes JSON data to stdout: indented, UTF-8 unescaped, streamed (lists may be long).</summary>
internal static class JsonOutput
{
    public static void Write(Action<Utf8JsonWriter> write)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            write(writer);
        stdout.WriteByte((byte)'\n');
    }

    /// <summary>Writes stored canonical JSON as a value, re-indented with the rest.</summary>
    public static void WriteRaw(Utf8JsonWriter writer, string json)
    {
        using var document = JsonDocument.Parse(json);
        document.RootElement.WriteTo(writer);
    }

    public static void WriteInstant(Utf8JsonWriter writer, string name, DateTimeOffset instant) =>
        writer.WriteString(name, Instants.Format(instant));
}
