using System.Text;
using Custojo.Compliance.Reporting.Oscal;

namespace Custojo.Compliance.Reporting.Pdf;

/// <summary>
/// The buffer a report is saved into. PDFsharp writes the XMP packet with two random UUIDs
/// (xmpMM:DocumentID and xmpMM:InstanceID) while saving, with no way to supply them. This stream
/// overwrites them, in place and at the same length, with name-based UUIDs of the report before anything
/// reads the saved bytes back: the signature handler seeks before it hashes, so a signature covers the
/// stable ids, and an unsigned report is stabilised when it is taken.
/// </summary>
internal sealed class StableXmpStream(string seed) : MemoryStream
{
    private static readonly byte[][] Markers =
        [Encoding.ASCII.GetBytes("<xmpMM:DocumentID>uuid:"), Encoding.ASCII.GetBytes("<xmpMM:InstanceID>uuid:")];

    private const int UuidLength = 36;
    private bool _stable;

    public override long Position
    {
        get => base.Position;
        set
        {
            Stabilise();
            base.Position = value;
        }
    }

    public override long Seek(long offset, SeekOrigin loc)
    {
        Stabilise();
        return base.Seek(offset, loc);
    }

    /// <summary>The saved report, with the XMP ids replaced.</summary>
    public byte[] ToStableArray()
    {
        Stabilise();
        if (!_stable) throw new InvalidOperationException("The saved PDF has no XMP packet with the ids PDFsharp writes.");
        return ToArray();
    }

    private void Stabilise()
    {
        if (_stable) return;
        var buffer = GetBuffer().AsSpan(0, (int)Length);
        var replaced = 0;
        for (var i = 0; i < Markers.Length; i++)
        {
            var at = buffer.IndexOf(Markers[i]);
            if (at < 0 || at + Markers[i].Length + UuidLength > buffer.Length) continue;
            var uuid = UuidV5.Create(UuidV5.Custojo, $"xmp-{i}|{seed}").ToString("D");
            Encoding.ASCII.GetBytes(uuid, buffer.Slice(at + Markers[i].Length, UuidLength));
            replaced++;
        }
        _stable = replaced == Markers.Length;
    }
}
