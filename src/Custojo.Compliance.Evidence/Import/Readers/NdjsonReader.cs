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

    /// <summary>
    /// Lines are handed on as the file's UTF-8 bytes. A file that starts with a UTF-16 or UTF-32 byte order mark is
    /// decoded as text instead, as before: <see cref="StreamReader"/> honours those marks.
    /// </summary>
    public IEnumerable<RawRecord> Read(Stream stream, ReadContext context)
    {
        var head = new byte[4];
        var headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var replay = new Importers.Reading.ReplayStream(head, headLength, stream);
        return IsUtf16Or32(head.AsSpan(0, headLength)) ? ReadText(replay) : ReadUtf8(replay, skip: head.AsSpan(0, headLength).StartsWith(Utf8Lines.ByteOrderMark) ? 3 : 0);
    }

    private static IEnumerable<RawRecord> ReadUtf8(Stream stream, int skip)
    {
        stream.ReadExactly(new byte[skip]);
        var lines = new Utf8Lines(stream);
        long number = 0;
        while (lines.TryRead(out var line))
        {
            number++;
            if (Utf8Lines.IsBlank(line)) continue;
            yield return new RawRecord(line.ToArray(), number);
        }
    }

    private static IEnumerable<RawRecord> ReadText(Stream stream)
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

    private static bool IsUtf16Or32(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
        || head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]);
}
