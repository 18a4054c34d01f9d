using System.Security.Cryptography;
using Custojo.Compliance.Evidence.Canonical;

namespace Custojo.Compliance.Evidence.Tests.Hashing;

public sealed class RecordSha256Tests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(55)]
    [InlineData(64)]
    [InlineData(220)]
    [InlineData(4097)]
    [InlineData(1 << 20)]
    public void A_kept_hasher_gives_the_digest_of_the_one_shot_hash_call_after_call(int length)
    {
        var data = new byte[length];
        new Random(length).NextBytes(data);

        Assert.Equal(SHA256.HashData(data), RecordSha256.Hash(data));
        Assert.Equal(SHA256.HashData(data), RecordSha256.Hash(data));
        Span<byte> digest = stackalloc byte[32];
        RecordSha256.Hash(data, digest);
        Assert.Equal(SHA256.HashData(data), digest.ToArray());
    }

    [Fact]
    public void On_linux_with_openssl_3_the_digests_come_from_its_one_shot_function()
    {
        var available = OperatingSystem.IsLinux() && System.Runtime.InteropServices.NativeLibrary.TryLoad("libcrypto.so.3", out _);

        Assert.Equal(available, RecordSha256.UsesOpenSsl);
    }

    [Fact]
    public void A_digest_span_too_short_is_refused() =>
        Assert.Throws<ArgumentException>(() => RecordSha256.Hash([1, 2, 3], new byte[31]));

    [Fact]
    public void Threads_hashing_at_once_each_get_their_own_digests()
    {
        var inputs = Enumerable.Range(0, 2_000).Select(i => BitConverter.GetBytes(i).Concat(new byte[i % 300]).ToArray()).ToArray();

        var digests = inputs.AsParallel().WithDegreeOfParallelism(4).Select(d => RecordSha256.Hash(d)).ToArray();

        Assert.Equal(inputs.Select(SHA256.HashData), digests);
    }
}
