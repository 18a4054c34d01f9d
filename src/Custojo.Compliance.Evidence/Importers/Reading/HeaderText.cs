using System.Text;

namespace Custojo.Compliance.Evidence.Importers.Reading;

/// <summary>Helpers importers use to recognise their format in the first bytes of an input.</summary>
internal static class HeaderText
{
    /// <summary>The header as text (UTF-8, BOM skipped).</summary>
    public static string Decode(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith("\uFEFF"u8)) header = header[3..];
        return Encoding.UTF8.GetString(header);
    }

    /// <summary>The complete lines of the header: a last line cut by the header's end is dropped, blank lines skipped.</summary>
    public static IReadOnlyList<string> CompleteLines(ReadOnlySpan<byte> header, int max)
    {
        var text = Decode(header);
        var end = text.LastIndexOf('\n');
        if (end < 0) return text.Length == 0 ? [] : [text.TrimEnd('\r')];
        return [.. text[..end].Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).Take(max)];
    }

    /// <summary>The header without leading whitespace.</summary>
    public static string TrimmedStart(ReadOnlySpan<byte> header) => Decode(header).TrimStart();
}
