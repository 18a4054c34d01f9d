using Custojo.Compliance.Engine.Caching;

namespace Custojo.Compliance.Engine.Tests.Caching;

public sealed class CacheFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("custojo-cachefile-").FullName;

    [Fact]
    public void A_written_value_reads_back_and_leaves_no_temporary_file()
    {
        var path = Path.Combine(_folder, "sub", "entry.json");

        CacheFile.Write(path, new Dictionary<string, double> { ["BKP-01"] = 1.5 });

        Assert.Equal(1.5, CacheFile.Read<Dictionary<string, double>>(path)!["BKP-01"]);
        Assert.Equal(["entry.json"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Fact]
    public void A_missing_or_damaged_file_is_a_miss_and_an_unwritable_one_only_costs_the_entry()
    {
        var damaged = Path.Combine(_folder, "damaged.json");
        File.WriteAllText(damaged, "{ not json");
        var blocker = Path.Combine(_folder, "blocker");
        File.WriteAllText(blocker, "a file where a folder should be");

        CacheFile.Write(Path.Combine(blocker, "entry.json"), new Dictionary<string, double>());

        Assert.Null(CacheFile.Read<Dictionary<string, double>>(Path.Combine(_folder, "missing.json")));
        Assert.Null(CacheFile.Read<Dictionary<string, double>>(damaged));
        Assert.Null(CacheFile.Read<Dictionary<string, double>>(Path.Combine(blocker, "entry.json")));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
