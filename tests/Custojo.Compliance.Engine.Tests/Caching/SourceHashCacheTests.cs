using Custojo.Compliance.Engine.Caching;
using Custojo.Compliance.Engine.Compilation;
using Custojo.Compliance.Engine.Loading;
using Custojo.Compliance.Engine.Tests.Evaluation;

namespace Custojo.Compliance.Engine.Tests.Caching;

public sealed class SourceHashCacheTests : IDisposable
{
    private const string Policy = """
        #load "../lib/limits.csx"
        Control("BKP-01").Title("One").Implements("X").Remediation("r").Check(ctx => ctx.Pass($"limit {Limit}"));
        """;

    private readonly TestPack _pack = new TestPack()
        .With("backup/backups.csx", Policy)
        .With("lib/limits.csx", "const int Limit = 3;");
    private readonly string _cache = Directory.CreateTempSubdirectory("custojo-cache-").FullName;

    [Fact]
    public void An_unchanged_policy_is_found_by_hashing_its_files_to_the_hash_roslyn_gave_it()
    {
        var fresh = Compile();

        var hashed = Sources().TryHash("backup/backups.csx");
        var again = Compile();

        Assert.False(fresh.FromCache);
        Assert.Equal(fresh.Policy!.SourceHash, hashed);
        Assert.True(again.FromCache);
        Assert.Equal(fresh.Policy.SourceHash, again.Policy!.SourceHash);
    }

    [Fact]
    public void A_change_to_a_loaded_file_is_a_miss_and_compiles_again()
    {
        var before = Compile();
        _pack.With("lib/limits.csx", "const int Limit = 4;");

        var missed = Sources().TryHash("backup/backups.csx");
        var after = Compile();

        Assert.Null(missed);
        Assert.False(after.FromCache);
        Assert.NotEqual(before.Policy!.SourceHash, after.Policy!.SourceHash);
    }

    [Fact]
    public void A_damaged_entry_or_one_naming_a_missing_file_is_a_miss()
    {
        Compile();
        var entry = Assert.Single(Directory.GetFiles(Path.Combine(_cache, "sources")));

        File.WriteAllText(entry, "{ not an entry }");
        var damaged = Sources().TryHash("backup/backups.csx");
        File.WriteAllText(entry, "custojo policy sources 1\nx\tbackup/backups.csx\tlib/gone.csx\nend\n");
        var missing = Sources().TryHash("backup/backups.csx");

        Assert.Null(damaged);
        Assert.Null(missing);
        Assert.True(Compile().FromCache);
    }

    [Fact]
    public void An_entry_whose_hash_is_not_that_of_the_files_is_a_miss()
    {
        var compiled = Compile();
        var entry = Assert.Single(Directory.GetFiles(Path.Combine(_cache, "sources")));
        File.WriteAllText(entry, File.ReadAllText(entry).Replace(compiled.Policy!.SourceHash, new string('0', 64), StringComparison.Ordinal));

        Assert.Null(Sources().TryHash("backup/backups.csx"));
    }

    public void Dispose()
    {
        _pack.Dispose();
        Directory.Delete(_cache, recursive: true);
    }

    private PolicyCompileResult Compile()
    {
        var pack = _pack.Load();
        return new PolicyCompiler(pack, new CompiledPolicyCache(_cache)).Compile(pack.Files.Single());
    }

    private SourceHashCache Sources() => new(Path.Combine(_cache, "sources"), new PackSourceResolver(_pack.Root));
}
