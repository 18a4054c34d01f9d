using System.Globalization;
using System.Text;

namespace Custojo.Compliance.Reporting.Verification;

/// <summary>Finds the signature dictionaries' <c>/ByteRange</c> arrays in the raw bytes of a PDF.</summary>
internal static class SignatureLocator
{
    private static readonly byte[] ByteRangeKey = Encoding.ASCII.GetBytes("/ByteRange");

    /// <summary>Every /ByteRange array found, as four numbers (null for one that cannot be parsed).</summary>
    public static IReadOnlyList<long[]?> FindByteRanges(ReadOnlySpan<byte> pdf)
    {
        var found = new List<long[]?>();
        var offset = 0;
        while (true)
        {
            var at = pdf[offset..].IndexOf(ByteRangeKey);
            if (at < 0) return found;
            offset += at + ByteRangeKey.Length;
            found.Add(ParseArray(pdf[offset..]));
        }
    }

    private static long[]? ParseArray(ReadOnlySpan<byte> text)
    {
        var i = SkipSpace(text, 0);
        if (i >= text.Length || text[i] != (byte)'[') return null;
        var numbers = new List<long>(4);
        i++;
        while (true)
        {
            i = SkipSpace(text, i);
            if (i >= text.Length) return null;
            if (text[i] == (byte)']') break;
            var start = i;
            while (i < text.Length && text[i] >= (byte)'0' && text[i] <= (byte)'9') i++;
            if (i == start || i - start > 18) return null;
            numbers.Add(long.Parse(text[start..i], NumberStyles.None, CultureInfo.InvariantCulture));
        }
        return numbers.Count == 4 ? [.. numbers] : null;
    }

    private static int SkipSpace(ReadOnlySpan<byte> text, int i)
    {
        while (i < text.Length && text[i] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or 0 or 12) i++;
        return i;
    }
}
