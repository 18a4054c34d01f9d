using System.IO.Compression;

namespace Custojo.Compliance.Evidence.Importers.Reading;

/// <summary>Reads gzip-compressed inputs (logrotate's <c>.gz</c> rotations) transparently, recognised by the gzip magic bytes.</summary>
internal static class Decompression
{
    private static ReadOnlySpan<byte> GzipMagic => [0x1f, 0x8b];

    public static bool IsGzip(ReadOnlySpan<byte> header) => header.StartsWith(GzipMagic);

    /// <summary>The input's content: decompressed when it is gzip, else the input itself. Disposing it leaves <paramref name="input"/> open.</summary>
    public static Stream Open(Stream input)
    {
        var prefix = new byte[2];
        var read = 0;
        while (read < prefix.Length)
        {
            var n = input.Read(prefix, read, prefix.Length - read);
            if (n == 0) break;
            read += n;
        }
        var replay = new ReplayStream(prefix, read, input);
        return IsGzip(prefix.AsSpan(0, read)) ? new GZipStream(replay, CompressionMode.Decompress, leaveOpen: false) : replay;
    }

    /// <summary>The first bytes of a (possibly truncated) gzip header block, decompressed as far as they go.</summary>
    public static byte[] InflateHeader(ReadOnlySpan<byte> compressed, int maxBytes)
    {
        using var gzip = new GZipStream(new MemoryStream(compressed.ToArray()), CompressionMode.Decompress);
        var buffer = new byte[maxBytes];
        var total = 0;
        try
        {
            int n;
            while (total < maxBytes && (n = gzip.Read(buffer, total, maxBytes - total)) > 0) total += n;
        }
        catch (InvalidDataException)
        {
            // The header block ends inside the compressed data: keep what was inflated so far.
        }
        catch (EndOfStreamException)
        {
            // Same: a truncated block.
        }
        return buffer[..total];
    }
}
