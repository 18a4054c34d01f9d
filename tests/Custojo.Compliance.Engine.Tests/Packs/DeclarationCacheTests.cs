using Custojo.Compliance.Engine.Packs;
using Custojo.Compliance.Engine.Tests.Evaluation;

namespace Custojo.Compliance.Engine.Tests.Packs;

public sealed class DeclarationCacheTests : IDisposable
{
    private const string TwoControls = """
        Control("BKP-01").Title("One").Tags("backup", "daily").Check(ctx => ctx.Pass("ok"));
        Control("BKP-02").Title("Two").Check(ctx => ctx.Pass("ok"));
        """;

    private readonly TestPack _pack = new TestPack().With("backup/backups.csx", TwoControls);
    private readonly string _cache = Directory.CreateTempSubdirectory("custojo-cache-").FullName;

    [Fact]
    public void A_pack_loaded_with_a_cache_declares_the_same_controls_and_keeps_them_for_the_next_load()
    {
        var parsed = Declarations(PolicyPack.Load(_pack.Root));
        var first = Declarations(PolicyPack.Load(_pack.Root, _cache));
        var entries = Directory.GetFiles(Path.Combine(_cache, "declared"));

        // The entry is what the next load reads: a forged one shows through, so an unchanged file is not parsed again.
        File.WriteAllText(Assert.Single(entries), "custojo declared controls 1\nFROM-CACHE\nend\n");
        var second = Declarations(PolicyPack.Load(_pack.Root, _cache));

        Assert.Equal(["BKP-01 backup,daily", "BKP-02 "], parsed);
        Assert.Equal(parsed, first);
        Assert.Equal(["FROM-CACHE "], second);
    }

    [Fact]
    public void A_changed_file_is_parsed_again()
    {
        PolicyPack.Load(_pack.Root, _cache).ControlIds();
        _pack.With("backup/backups.csx", TwoControls.Replace("BKP-02", "BKP-03"));

        Assert.Equal(["BKP-01", "BKP-03"], PolicyPack.Load(_pack.Root, _cache).ControlIds());
    }

    [Fact]
    public void In_a_pack_of_several_files_the_cached_ones_are_read_and_only_the_changed_ones_parsed()
    {
        _pack.With("backup/restores.csx", """Control("RST-01").Title("Three").Check(ctx => ctx.Pass("ok"));""")
            .With("backup/verification.csx", """Control("VER-01").Title("Four").Check(ctx => ctx.Pass("ok"));""");
        PolicyPack.Load(_pack.Root, _cache).ControlIds();
        var entries = Directory.GetFiles(Path.Combine(_cache, "declared"));
        foreach (var entry in entries) File.WriteAllText(entry, File.ReadAllText(entry).Replace("\nBKP-", "\nCACHED-BKP-", StringComparison.Ordinal));
        _pack.With("backup/restores.csx", """Control("RST-02").Title("Three").Check(ctx => ctx.Pass("ok"));""")
            .With("backup/verification.csx", """Control("VER-02").Title("Four").Check(ctx => ctx.Pass("ok"));""");

        Assert.Equal(3, entries.Length);
        Assert.Equal(["CACHED-BKP-01", "CACHED-BKP-02", "RST-02", "VER-02"], PolicyPack.Load(_pack.Root, _cache).ControlIds());
    }

    [Theory]
    [InlineData("{ not an entry }")]
    [InlineData("custojo declared controls 1\nFROM-CACHE\n")]
    [InlineData("")]
    public void A_damaged_entry_is_a_miss(string damaged)
    {
        PolicyPack.Load(_pack.Root, _cache).ControlIds();
        File.WriteAllText(Assert.Single(Directory.GetFiles(Path.Combine(_cache, "declared"))), damaged);

        Assert.Equal(["BKP-01", "BKP-02"], PolicyPack.Load(_pack.Root, _cache).ControlIds());
    }

    [Fact]
    public void Controls_without_tags_and_a_file_without_controls_read_back_as_they_were_parsed()
    {
        _pack.With("backup/empty.csx", "// no control yet");
        var parsed = Declarations(PolicyPack.Load(_pack.Root, _cache));

        var cached = Declarations(PolicyPack.Load(_pack.Root, _cache));

        Assert.Equal(2, Directory.GetFiles(Path.Combine(_cache, "declared")).Length);
        Assert.Equal(["BKP-01 backup,daily", "BKP-02 "], cached);
        Assert.Equal(parsed, cached);
    }

    [Fact]
    public void A_tag_holding_a_tab_is_not_cached_and_still_declared()
    {
        _pack.With("backup/backups.csx", """Control("BKP-01").Title("One").Tags("odd\ttag").Check(ctx => ctx.Pass("ok"));""");

        var first = Declarations(PolicyPack.Load(_pack.Root, _cache));
        var second = Declarations(PolicyPack.Load(_pack.Root, _cache));

        Assert.False(Directory.Exists(Path.Combine(_cache, "declared")));
        Assert.Equal(["BKP-01 odd\ttag"], first);
        Assert.Equal(first, second);
    }

    public void Dispose()
    {
        _pack.Dispose();
        Directory.Delete(_cache, recursive: true);
    }

    private static List<string> Declarations(PolicyPack pack) =>
        [.. pack.Files.SelectMany(pack.DeclaredIn).Select(d => $"{d.Id} {string.Join(',', d.Tags)}")];
}
