using System.Text.Encodings.Web;
using System.Text.Json;

namespace Custojo.Compliance.Reporting.Formats;

/// <summary>The one JSON writer setup of the reports: indented, LF, non-ASCII kept readable.</summary>
internal static class JsonOutput
{
    public static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Utf8JsonWriter Create(Stream output) => new(output, Options);
}
