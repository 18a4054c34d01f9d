using System.Text;

namespace Custojo.Compliance.Evidence.Import;

/// <summary>
/// One record as a reader found it: a JSON object (text, with its <c>kind</c>), and where it came from —
/// the 1-based line it starts on and, inside a JSON document, its JSON pointer (e.g. <c>/3</c>).
/// </summary>
public sealed class RawRecord
{
    private readonly byte[]? _utf8;
    private string? _json;

    public RawRecord(string json, long? line = null, string pointer = "")
    {
        _json = json ?? throw new ArgumentNullException(nameof(json));
        Line = line;
        Pointer = pointer;
    }

    /// <summary>A record read as UTF-8 bytes, as a file holds it; its text is decoded only if asked for.</summary>
    internal RawRecord(byte[] utf8, long? line)
    {
        _utf8 = utf8;
        Line = line;
        Pointer = "";
    }

    /// <summary>The record's JSON text (bytes that are not UTF-8 decode to U+FFFD, as a text reader decodes them).</summary>
    public string Json => _json ??= Encoding.UTF8.GetString(_utf8!);

    public long? Line { get; }

    public string Pointer { get; }

    /// <summary>The record's bytes when it was read as UTF-8; null when it was given as text.</summary>
    internal byte[]? Utf8 => _utf8;
}
