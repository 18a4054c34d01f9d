namespace Custojo.Compliance.Evidence.Import.Readers;

/// <summary>Helpers for recognising text formats from a file's first bytes.</summary>
internal static class HeaderText
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    public static ReadOnlySpan<byte> SkipBomAndWhitespace(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith(Bom)) header = header[Bom.Length..];
        var start = 0;
        while (start < header.Length && header[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') start++;
        return header[start..];
    }
}
