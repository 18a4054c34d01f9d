using Custojo.Compliance.Engine.Caching;

namespace Custojo.Compliance.Engine.Tests.Caching;

public sealed class CacheFileTests : IDisposable
{
    private const string Format = "test entry 1";
    private readonly string _folder = Directory.CreateTempSubdirectory("custojo-cachefile-").FullName;

    [Fact]
    public void Written_rows_read_back_field_for_field_and_leave_no_temporary_file()
    {
        var path = Path.Combine(_folder, "sub", "entry.tsv");

        CacheFile.Write(path, Format, [["BKP-01", "1.5", ""], [""], ["é ü", "a b"]]);

        Assert.Equal([["BKP-01", "1.5", ""], [""], ["é ü", "a b"]], CacheFile.Read(path, Format));
        Assert.Equal(["entry.tsv"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Fact]
    public void No_rows_read_back_as_none_rather_than_as_a_miss()
    {
        var path = Path.Combine(_folder, "empty.tsv");

        CacheFile.Write(path, Format, []);

        Assert.Empty(CacheFile.Read(path, Format)!);
    }

    [Theory]
    [InlineData("{ not an entry }")]
    [InlineData("test entry 1\nBKP-01\n")]
    [InlineData("test entry 2\nBKP-01\nend\n")]
    [InlineData("")]
    public void A_missing_foreign_or_truncated_file_is_a_miss(string content)
    {
        var damaged = Path.Combine(_folder, "damaged.tsv");
        File.WriteAllText(damaged, content);

        Assert.Null(CacheFile.Read(Path.Combine(_folder, "missing.tsv"), Format));
        Assert.Null(CacheFile.Read(damaged, Format));
    }

    [Theory]
    [InlineData("a\tb")]
    [InlineData("a\nb")]
    [InlineData("a\rb")]
    public void A_field_holding_a_tab_or_a_line_break_is_not_written_and_an_unwritable_file_only_costs_the_entry(string field)
    {
        var path = Path.Combine(_folder, "entry.tsv");
        var blocker = Path.Combine(_folder, "blocker");
        File.WriteAllText(blocker, "a file where a folder should be");

        CacheFile.Write(path, Format, [["ok"], [field]]);
        CacheFile.Write(Path.Combine(blocker, "entry.tsv"), Format, [["ok"]]);

        Assert.False(File.Exists(path));
        Assert.Null(CacheFile.Read(Path.Combine(blocker, "entry.tsv"), Format));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
