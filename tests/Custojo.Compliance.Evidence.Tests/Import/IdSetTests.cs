using System.Security.Cryptography;
using Custojo.Compliance.Evidence.Import;

namespace Custojo.Compliance.Evidence.Tests.Import;

public sealed class IdSetTests
{
    private readonly Dictionary<long, byte[]> _stored = [];

    [Fact]
    public void An_id_is_added_once_and_refused_after()
    {
        var set = new IdSet(seq => _stored[seq], expected: 0);
        var id = Store(1, "a");

        Assert.True(set.TryAdd(id, 1));
        Assert.False(set.TryAdd(id, 2));
        Assert.Equal(1, set.Count);
    }

    [Fact]
    public void Ids_that_share_their_tag_are_told_apart_by_the_stored_id()
    {
        var set = new IdSet(seq => _stored[seq], expected: 0);
        var first = Store(1, "a");
        var second = (byte[])first.Clone();
        second[31] ^= 1;
        _stored[2] = second;

        Assert.True(set.TryAdd(first, 1));
        Assert.True(set.TryAdd(second, 2));
        Assert.False(set.TryAdd(second, 3));
        Assert.False(set.TryAdd(first, 3));
    }

    [Fact]
    public void Every_id_is_still_found_after_the_table_grows()
    {
        var set = new IdSet(seq => _stored[seq], expected: 0);
        var ids = Enumerable.Range(1, 200_000).Select(i => Store(i, "record " + i)).ToList();

        Assert.All(ids.Select((id, i) => set.TryAdd(id, i + 1)), Assert.True);

        Assert.All(ids, id => Assert.False(set.TryAdd(id, 200_001)));
        Assert.Equal(200_000, set.Count);
    }

    [Fact]
    public void A_seq_outside_1_to_2_to_the_32_is_refused()
    {
        var set = new IdSet(seq => _stored[seq], expected: 0);

        Assert.Throws<ArgumentOutOfRangeException>(() => set.TryAdd(Store(1, "a"), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => set.TryAdd(Store(1, "a"), 1L << 32));
    }

    private byte[] Store(long seq, string content) => _stored[seq] = SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(content));
}
