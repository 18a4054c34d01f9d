using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Custojo.Compliance.Evidence.Canonical;

/// <summary>
/// The hash chain over records: <c>chain = SHA-256(previous chain ‖ batch ‖ id ‖ observed-at ‖ kind ‖ subject)</c>.
/// The previous chain fixes the order, <c>id</c> (the SHA-256 of the canonical JSON) the content, and the
/// other fields the columns queries filter on, so editing, deleting, inserting or reordering any row
/// breaks the chain from that row on. The first record links to 32 zero bytes.
/// </summary>
internal static class ChainLink
{
    public const int HashSize = 32;

    public static byte[] Genesis { get; } = new byte[HashSize];

    public static byte[] Compute(ReadOnlySpan<byte> previous, long batch, ReadOnlySpan<byte> id, long observedTicks, string kind, string? subject)
    {
        var kindBytes = Encoding.UTF8.GetByteCount(kind);
        var subjectBytes = subject is null ? 0 : Encoding.UTF8.GetByteCount(subject);
        var length = HashSize + 8 + HashSize + 8 + 4 + kindBytes + 1 + 4 + subjectBytes;
        var rented = length > 1024 ? ArrayPool<byte>.Shared.Rent(length) : null;
        var buffer = rented is null ? stackalloc byte[length] : rented.AsSpan(0, length);
        try
        {
            var at = 0;
            previous.CopyTo(buffer[at..]); at += HashSize;
            BinaryPrimitives.WriteInt64BigEndian(buffer[at..], batch); at += 8;
            id.CopyTo(buffer[at..]); at += HashSize;
            BinaryPrimitives.WriteInt64BigEndian(buffer[at..], observedTicks); at += 8;
            BinaryPrimitives.WriteInt32BigEndian(buffer[at..], kindBytes); at += 4;
            at += Encoding.UTF8.GetBytes(kind, buffer[at..]);
            buffer[at++] = subject is null ? (byte)0 : (byte)1;
            BinaryPrimitives.WriteInt32BigEndian(buffer[at..], subjectBytes); at += 4;
            if (subject is not null) Encoding.UTF8.GetBytes(subject, buffer[at..]);
            return RecordSha256.Hash(buffer);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
