using Custojo.Compliance.Engine.Packs;

namespace Custojo.Compliance.Engine.Tests.Evaluation;

/// <summary>A throw-away policy pack on disk, one per test.</summary>
internal sealed class TestPack : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("custojo-pack-").FullName;

    public TestPack()
    {
        File.WriteAllText(Path.Combine(_root, "pack.json"), """{ "name": "test-pack", "version": "1.0.0", "sdkVersion": "0.1", "sections": { "backup": "Backup Management" } }""");
    }

    public string Root => _root;

    public TestPack With(string relativePath, string source)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, source);
        return this;
    }

    public PolicyPack Load() => PolicyPack.Load(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
