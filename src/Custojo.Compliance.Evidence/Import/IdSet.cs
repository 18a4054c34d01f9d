using System.Buffers.Binary;
using System.Numerics;

namespace Custojo.Compliance.Evidence.Import;

/// <summary>
/// The ids an import has stored while the unique id index is dropped, so a repeated record is still counted as
/// present. An open-addressing table of 8-byte slots, 11 to 21 bytes a record: the first 32 bits of the id as a
/// tag (ids are SHA-256 digests, so these are uniform hash values) and the seq the record was stored under. A
/// tag match is confirmed against the full id stored with that seq, which makes every answer exact.
/// </summary>
internal sealed class IdSet
{
    private readonly Func<long, byte[]> _storedId;
    private ulong[] _slots;
    private int _count;

    /// <param name="storedId">The id stored under a seq this set was given.</param>
    /// <param name="expected">How many ids to make room for at once (more only cost a doubling of the table).</param>
    public IdSet(Func<long, byte[]> storedId, long expected)
    {
        _storedId = storedId;
        _slots = new ulong[(int)BitOperations.RoundUpToPowerOf2((ulong)Math.Clamp(expected / 3 * 4, 1 << 16, 1 << 24))];
    }

    public int Count => _count;

    /// <summary>Adds <paramref name="id"/>, stored under <paramref name="seq"/>; false when it was added before.</summary>
    public bool TryAdd(ReadOnlySpan<byte> id, long seq)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(seq);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(seq, uint.MaxValue);
        if (_count + 1 > _slots.Length / 4 * 3) Grow();
        var mask = _slots.Length - 1;
        var tag = BinaryPrimitives.ReadUInt32LittleEndian(id);
        var index = (int)(tag & (uint)mask);
        for (var slot = _slots[index]; slot != 0; slot = _slots[index])
        {
            if ((uint)(slot >> 32) == tag && id.SequenceEqual(_storedId((uint)slot))) return false;
            index = (index + 1) & mask;
        }
        _slots[index] = (ulong)tag << 32 | (uint)seq;
        _count++;
        return true;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new ulong[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot == 0) continue;
            var index = (int)((uint)(slot >> 32) & (uint)mask);
            while (_slots[index] != 0) index = (index + 1) & mask;
            _slots[index] = slot;
        }
    }
}
