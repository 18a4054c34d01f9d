using Custojo.Compliance.Engine.Packs;
using Custojo.Compliance.Engine.Tests.Evaluation;

namespace Custojo.Compliance.Engine.Tests.Packs;

public sealed class PackFingerprintTests : IDisposable
{
    private readonly TestPack _pack = new TestPack()
        .With("backup/backups.csx", """Control("BKP-01").Title("One").Check(ctx => ctx.Pass("ok"));""")
        .With("lib/helpers.csx", "static int Helper() =>\n    1;\n")
        .With("guide/requirements.json", """[{ "id": "BKP-1", "section": "Backup", "text": "Back up." }]""")
        .With("backup/tests/BKP-01/passes.json", """{ "expect": "pass" }""");

    public void Dispose() => _pack.Dispose();

    private string Fingerprint() => PolicyPack.Load(_pack.Root).Fingerprint;

    [Theory]
    [InlineData("backup/backups.csx")]
    [InlineData("lib/helpers.csx")]
    [InlineData("guide/requirements.json")]
    [InlineData("pack.json")]
    [InlineData("backup/new.csx")]
    public void Changing_or_adding_a_source_file_of_the_pack_changes_its_fingerprint(string relativePath)
    {
        var before = Fingerprint();

        File.AppendAllText(Path.Combine(_pack.Root, relativePath), "\n\n");

        Assert.NotEqual(before, Fingerprint());
    }

    [Theory]
    [InlineData("backup/tests/BKP-01/passes.json")]
    [InlineData("backup/tests/BKP-01/new-case.json")]
    [InlineData("backup/notes.txt")]
    public void Fixtures_and_files_that_are_neither_scripts_nor_json_leave_the_fingerprint_as_it_was(string relativePath)
    {
        var before = Fingerprint();

        File.AppendAllText(Path.Combine(_pack.Root, relativePath), "\n{}\n");

        Assert.Equal(before, Fingerprint());
    }

    [Fact]
    public void Line_ends_and_a_byte_order_mark_do_not_change_the_fingerprint()
    {
        var before = Fingerprint();
        var path = Path.Combine(_pack.Root, "lib/helpers.csx");

        File.WriteAllText(path, "\uFEFF" + File.ReadAllText(path).Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(before, Fingerprint());
    }
}
