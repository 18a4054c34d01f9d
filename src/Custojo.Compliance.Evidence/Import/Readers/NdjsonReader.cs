using System.Text;
using System.Text.Json;

namespace Custojo.Compliance.Evidence.Import.Readers;

/// <summary>Newline-delimited JSON: one record per line, blank lines ignored. Lines are parsed later, in parallel.</summary>
internal sealed class NdjsonReader : IEvidenceFileReader
{
    public string Name => "ndjson";

    public string Version => "1";

    /// <summary>The first line is one complete JSON object.</summary>
    public bool Recognises(ReadOnlySpan<byte> header)
    {
        var text = HeaderText.SkipBomAndWhitespace(header);
        if (text.IsEmpty || text[0] != (byte)'{') return false;
        var end = text.IndexOf((byte)'\n');
        if (end < 0) return false;
        var reader = new Utf8JsonReader(text[..end], new JsonReaderOptions { AllowTrailingCommas = false });
        try
        {
            if (!reader.Read()) return false;
            reader.Skip();
            return !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public IEnumerable<RawRecord> Read(Stream stream, ReadContext context)
    {
        using var lines = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        long number = 0;
        while (lines.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return new RawRecord(line, number);
        }
    }
}
