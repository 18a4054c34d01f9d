using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Custojo.Compliance.Evidence.Import.Readers;

/// <summary>
/// A JSON document: an array of records or a single record. Elements are streamed one at a time, so a
/// large array does not have to fit in memory. A syntax error ends the file (the rest cannot be trusted).
/// </summary>
internal sealed class JsonDocumentReader : IEvidenceFileReader
{
    public string Name => "json";

    public string Version => "1";

    public bool Recognises(ReadOnlySpan<byte> header)
    {
        var text = HeaderText.SkipBomAndWhitespace(header);
        return !text.IsEmpty && text[0] is (byte)'[' or (byte)'{';
    }

    public IEnumerable<RawRecord> Read(Stream stream, ReadContext context)
    {
        using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        using var json = new JsonTextReader(text) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double, MaxDepth = 64 };
        if (!TryRead(json, context)) yield break;
        switch (json.TokenType)
        {
            case JsonToken.StartArray:
                var index = 0;
                while (TryRead(json, context) && json.TokenType != JsonToken.EndArray)
                {
                    var line = json.LineNumber;
                    if (TryElement(json, context, out var element)) yield return new RawRecord(element, line, "/" + index.ToString(CultureInfo.InvariantCulture));
                    else yield break;
                    index++;
                }
                break;
            case JsonToken.StartObject:
                var start = json.LineNumber;
                if (TryElement(json, context, out var single)) yield return new RawRecord(single, start);
                else yield break;
                break;
            default:
                context.Error(json.LineNumber, "json-syntax", $"A JSON evidence file holds an array of records or one record object, not a {json.TokenType}. Wrap the records in [ ].");
                yield break;
        }
        if (TryRead(json, context) && json.TokenType != JsonToken.None)
            context.Error(json.LineNumber, "json-syntax", "Unexpected content after the end of the JSON document. For one record per line, use NDJSON (--format ndjson).");
    }

    private static bool TryRead(JsonTextReader json, ReadContext context)
    {
        try
        {
            while (json.Read())
                if (json.TokenType != JsonToken.Comment) return true;
            return false;
        }
        catch (JsonReaderException e)
        {
            context.Error(e.LineNumber, "json-syntax", JsonErrors.Describe(e));
            return false;
        }
    }

    private static bool TryElement(JsonTextReader json, ReadContext context, out string element)
    {
        try
        {
            element = JToken.ReadFrom(json).ToString(Formatting.None);
            return true;
        }
        catch (JsonReaderException e)
        {
            context.Error(e.LineNumber, "json-syntax", JsonErrors.Describe(e));
            element = "";
            return false;
        }
    }
}
