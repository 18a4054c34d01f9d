using Custojo.Compliance.Engine.Compilation;
using Custojo.Compliance.Engine.Linting;
using Custojo.Compliance.Engine.Tests.Guide;

namespace Custojo.Compliance.Engine.Tests.Loading;

public sealed class RunCompilationTests
{
    [Fact]
    public void Every_policy_of_the_pack_emits_the_same_image_whether_or_not_nullable_analysis_ran()
    {
        var root = Path.Combine(RepositoryRoot.Path, "policies");
        var files = new PolicyAnalysis(root).PolicyFiles();

        Assert.NotEmpty(files);
        foreach (var file in files)
            Assert.True(Emit(new PolicyCompilationFactory(root), file).SequenceEqual(Emit(new PolicyCompilationFactory(root, forRun: true), file)), file);
    }

    private static byte[] Emit(PolicyCompilationFactory factory, string file)
    {
        using var image = new MemoryStream();
        var emitted = factory.WithGuards(factory.Create(file)).Emit(image);
        Assert.True(emitted.Success, file + ": " + string.Join("; ", emitted.Diagnostics));
        return image.ToArray();
    }
}
