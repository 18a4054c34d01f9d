using System.Text.Json;
using Custojo.Compliance.Engine.Compilation;
using Custojo.Compliance.Engine.Linting;

namespace Custojo.Compliance.Analyzers.Tests.Support;

/// <summary>A throw-away policy pack folder: write its files, then compile or analyse them as the engine does.</summary>
internal sealed class TestPack : IDisposable
{
    public TestPack()
    {
        Workspace = Directory.CreateTempSubdirectory("custojo-pack-").FullName;
        Root = Path.Combine(Workspace, "policies");
        Directory.CreateDirectory(Root);
    }

    /// <summary>A folder holding the pack, so tests can put files "outside the pack" next to it.</summary>
    public string Workspace { get; }

    public string Root { get; }

    public PolicyCompilationFactory Factory => new(Root);

    public PolicyAnalysis Analysis => new(Root);

    public TestPack Write(string packRelativePath, string text)
    {
        var path = Path.Combine(Root, packRelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public TestPack Catalogue(params string[] ids) =>
        Write("guide/requirements.json", JsonSerializer.Serialize(ids.Select(id => new { id, section = "Test", text = "Requirement " + id }), new JsonSerializerOptions { WriteIndented = true }));

    /// <summary>Writes one policy file and analyses it.</summary>
    public FileAnalysis AnalysePolicy(string text, string path = "test/policy.csx") => Write(path, text).Analysis.AnalyseFile(path);

    public void Dispose() => Directory.Delete(Workspace, recursive: true);
}
