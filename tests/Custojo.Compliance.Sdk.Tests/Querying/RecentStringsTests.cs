using System.Text;
using Custojo.Compliance.Sdk.Querying;

namespace Custojo.Compliance.Sdk.Tests.Querying;

public sealed class RecentStringsTests
{
    [Fact]
    public void A_streamed_string_read_again_is_the_instance_decoded_the_first_time()
    {
        var first = RecentStrings.For(null).Get("app-08"u8);
        var again = RecentStrings.For(null).Get("app-08"u8);

        Assert.Equal("app-08", first);
        Assert.Same(first, again);
    }

    [Fact]
    public void Thousands_of_distinct_strings_sharing_the_slots_each_come_back_as_their_own_text()
    {
        var texts = Enumerable.Range(0, 5000).Select(i => $"198.51.{i / 256}.{i % 256}").ToList();

        foreach (var round in Enumerable.Range(0, 2))
            foreach (var text in texts)
                Assert.Equal(text, RecentStrings.For(null).Get(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Multi_byte_and_long_strings_are_decoded_in_full()
    {
        var accented = "Jürgen Weiß, Zoë and 李雷";
        var longer = string.Concat(Enumerable.Repeat("a long description ", 10));

        Assert.Equal(accented, RecentStrings.For(null).Get(Encoding.UTF8.GetBytes(accented)));
        Assert.Equal(accented, RecentStrings.For(null).Get(Encoding.UTF8.GetBytes(accented)));
        Assert.Equal(longer, RecentStrings.For(null).Get(Encoding.UTF8.GetBytes(longer)));
    }

    [Fact]
    public void A_string_read_for_a_pool_is_the_pool_s_instance_even_when_the_thread_saw_it_streamed_or_for_another_pool()
    {
        var streamed = RecentStrings.For(null).Get("admin"u8);
        var firstPool = new StringPool();
        var inFirst = RecentStrings.For(firstPool).Get("admin"u8);
        var secondPool = new StringPool();
        var pooled = secondPool.Intern(new string("admin".AsSpan()));

        var inSecond = RecentStrings.For(secondPool).Get("admin"u8);

        Assert.Same(pooled, inSecond);
        Assert.Same(inFirst, firstPool.Intern("admin"));
        Assert.NotSame(pooled, inFirst);
        Assert.Equal("admin", streamed);
    }
}
