using System.Text.Json;
using System.Text.Json.Nodes;

namespace Custojo.Compliance.Evidence.Importers.Reading;

/// <summary>Parses a tool's JSON document, turning a syntax error into a <see cref="ToolFormatException"/> with its line.</summary>
internal static class JsonInput
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    public static JsonNode Parse(Stream input, string importer, string expected)
    {
        using var content = Decompression.Open(input);
        try
        {
            return JsonNode.Parse(content, documentOptions: Options)
                ?? throw ToolFormatException.At(importer, "line 1", expected, "null");
        }
        catch (JsonException e)
        {
            throw ToolFormatException.At(importer, $"line {(e.LineNumber ?? 0) + 1}", $"{expected} (valid JSON)", e.Message, e);
        }
    }

    public static JsonNode ParseLine(NumberedLine line, string importer, string expected)
    {
        try
        {
            return JsonNode.Parse(line.Text, documentOptions: Options)
                ?? throw ToolFormatException.At(importer, line.Location, expected, line.Text);
        }
        catch (JsonException e)
        {
            throw ToolFormatException.At(importer, line.Location, expected, line.Text, e);
        }
    }
}
