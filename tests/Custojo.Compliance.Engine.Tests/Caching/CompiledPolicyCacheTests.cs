using Custojo.Compliance.Engine.Caching;

namespace Custojo.Compliance.Engine.Tests.Caching;

public sealed class CompiledPolicyCacheTests : IDisposable
{
    private const string Key = "0123abcd";
    private readonly string _folder = Directory.CreateTempSubdirectory("custojo-compiled-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_stored_image_reads_back_with_its_entry_point()
    {
        var cache = new CompiledPolicyCache(_folder);

        cache.Put(Key, [1, 2, 3], new CacheEntryInfo("Submission#0", "<Factory>"));

        Assert.True(cache.TryGet(Key, out var image, out var info));
        Assert.Equal([1, 2, 3], image);
        Assert.Equal(new CacheEntryInfo("Submission#0", "<Factory>"), info);
        Assert.False(cache.TryGet("another", out _, out _));
    }

    [Theory]
    [InlineData("{ \"entryType\": \"Submission#0\", \"entryMethod\": \"<Factory>\" }")]
    [InlineData("custojo compiled policy 1\nSubmission#0\n")]
    [InlineData("custojo compiled policy 1\nSubmission#0\nend\n")]
    [InlineData("custojo compiled policy 1\nSubmission#0\t<Factory>\tmore\nend\n")]
    public void An_image_whose_entry_file_is_damaged_or_of_another_format_is_a_miss(string entry)
    {
        var cache = new CompiledPolicyCache(_folder);
        cache.Put(Key, [1, 2, 3], new CacheEntryInfo("Submission#0", "<Factory>"));

        File.WriteAllText(Path.Combine(_folder, Key + ".entry"), entry);

        Assert.False(cache.TryGet(Key, out _, out _));
    }

    [Fact]
    public void An_entry_without_its_image_is_a_miss_and_clearing_counts_the_images()
    {
        var cache = new CompiledPolicyCache(_folder);
        cache.Put(Key, [1, 2, 3], new CacheEntryInfo("Submission#0", "<Factory>"));
        cache.Put("other", [4], new CacheEntryInfo("Submission#0", "<Factory>"));

        File.Delete(Path.Combine(_folder, Key + ".dll"));

        Assert.False(cache.TryGet(Key, out _, out _));
        Assert.Equal(1, cache.Clear());
        Assert.False(Directory.Exists(_folder));
        Directory.CreateDirectory(_folder);
    }
}
