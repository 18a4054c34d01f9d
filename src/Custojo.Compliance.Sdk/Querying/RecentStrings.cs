using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace Custojo.Compliance.Sdk.Querying;

/// <summary>
/// The strings a thread decoded last, by their UTF-8: evidence repeats the same host, user, address and service
/// names from record to record, so most strings are found here instead of being decoded (and, for streamed records,
/// allocated) again. A fixed number of slots, each holding the last string whose bytes hash to it, keeps the memory
/// bounded whatever the data; a string the slot does not hold is decoded as before. Each thread has one cache for
/// streamed records and one for the <see cref="StringPool"/> it reads shared records into, so a pooled record only
/// ever holds the pool's instances.
/// </summary>
internal sealed class RecentStrings
{
    private const int SlotBits = 10;
    private const int Slots = 1 << SlotBits;
    private const int MaxBytes = 64;

    [ThreadStatic] private static RecentStrings? _streamed;
    [ThreadStatic] private static RecentStrings? _pooled;

    private readonly StringPool? _pool;
    private readonly byte[]?[] _bytes = new byte[Slots][];
    private readonly string?[] _strings = new string[Slots];

    private RecentStrings(StringPool? pool) => _pool = pool;

    /// <summary>The thread's cache for strings pooled in <paramref name="pool"/>, or for streamed strings without one.</summary>
    public static RecentStrings For(StringPool? pool) => pool is null
        ? _streamed ??= new RecentStrings(null)
        : _pooled is { } current && current._pool == pool ? current : _pooled = new RecentStrings(pool);

    /// <summary>The text of <paramref name="utf8"/> (valid UTF-8), pooled in this cache's pool if it has one.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxBytes) return Decode(utf8, _pool);
        var slot = Slot(utf8);
        if (_bytes[slot] is { } held && utf8.SequenceEqual(held)) return _strings[slot]!;
        var text = Decode(utf8, _pool);
        _bytes[slot] = utf8.ToArray();
        _strings[slot] = text;
        return text;
    }

    private static string Decode(ReadOnlySpan<byte> utf8, StringPool? pool) => pool is null ? Encoding.UTF8.GetString(utf8) : pool.Intern(utf8);

    private static int Slot(ReadOnlySpan<byte> utf8)
    {
        // The length and the first and last eight bytes: enough to tell names and addresses apart, at a cost that
        // does not grow with the string.
        ulong hash;
        if (utf8.Length >= sizeof(ulong))
        {
            hash = BinaryPrimitives.ReadUInt64LittleEndian(utf8) ^ BitOperations.RotateLeft(BinaryPrimitives.ReadUInt64LittleEndian(utf8[^sizeof(ulong)..]), 29);
        }
        else
        {
            hash = 0;
            foreach (var b in utf8) hash = (hash << 8) | b;
        }
        hash = (hash ^ (ulong)utf8.Length) * 0x9E3779B97F4A7C15UL;
        return (int)(hash >> (64 - SlotBits));
    }
}
