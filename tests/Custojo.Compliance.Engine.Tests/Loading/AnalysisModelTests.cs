using Custojo.Compliance.Analyzers.Pack;
using Custojo.Compliance.Engine.Compilation;
using Custojo.Compliance.Engine.Linting;
using Custojo.Compliance.Engine.Tests.Guide;

namespace Custojo.Compliance.Engine.Tests.Loading;

/// <summary>The work after a policy's analysis asks the semantic models the analysis bound instead of binding each file again.</summary>
public sealed class AnalysisModelTests
{
    private static readonly string PackRoot = Path.Combine(RepositoryRoot.Path, "policies");

    public static TheoryData<string> PolicyFiles() => [.. new PolicyAnalysis(PackRoot).PolicyFiles()];

    [Theory]
    [MemberData(nameof(PolicyFiles))]
    public void Controls_read_through_the_analysis_models_are_the_controls_a_fresh_reading_finds(string file)
    {
        var analysis = new PolicyAnalysis(PackRoot).AnalyseFile(file);

        var fresh = PolicyControls.Read(analysis.Compilation, tree => PolicyCompilationFactory.ModelWithoutNullability(analysis.Compilation, tree));

        Assert.NotEmpty(fresh);
        Assert.Equal(
            fresh.Select(c => (c.Id, c.Location.ToString(), string.Join(",", c.Requirements))),
            analysis.Controls.Select(c => (c.Id, c.Location.ToString(), string.Join(",", c.Requirements))));
    }

    [Theory]
    [MemberData(nameof(PolicyFiles))]
    public void Guards_written_with_the_analysis_models_are_the_guards_a_fresh_binding_writes(string file)
    {
        var factory = new PolicyCompilationFactory(PackRoot, forRun: true);
        var analysis = new PolicyAnalysis(factory).AnalyseFile(file);

        var fresh = factory.WithGuards(analysis.Compilation).SyntaxTrees.ToDictionary(t => t.FilePath, t => t.ToString());
        var reused = factory.WithGuards(analysis.Compilation, analysis.ModelOf).SyntaxTrees.ToDictionary(t => t.FilePath, t => t.ToString());

        Assert.Equal(fresh, reused);
    }
}
