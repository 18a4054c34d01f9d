using System.Collections.Immutable;
using System.Text;
using Custojo.Compliance.Analyzers;
using Custojo.Compliance.Analyzers.Catalogue;
using Custojo.Compliance.Analyzers.Pack;
using Custojo.Compliance.Engine.Compilation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Custojo.Compliance.Engine.Linting;

/// <summary>
/// Analyses a policy pack before anything runs: every policy file (<c>&lt;section&gt;/*.csx</c>, not <c>lib/</c>,
/// not fixtures) compiled as the engine compiles it (with the compiler's nullable analysis unless the factory
/// compiles to run), checked by the compiler and every Custojo analyzer (with
/// the requirement catalogue <c>guide/requirements.json</c> when the pack has one), then the pack-level rules.
/// </summary>
public sealed class PolicyAnalysis
{
    /// <summary>The folder of shared scripts, reachable only through <c>#load</c>.</summary>
    public const string LibraryFolder = "lib";

    private readonly PolicyCompilationFactory _factory;
    private readonly Lazy<(RequirementCatalogue? Catalogue, ImmutableArray<AdditionalText> Texts)> _catalogue;

    public PolicyAnalysis(string packRoot)
        : this(new PolicyCompilationFactory(packRoot))
    {
    }

    internal PolicyAnalysis(PolicyCompilationFactory factory)
    {
        _factory = factory;
        _catalogue = new Lazy<(RequirementCatalogue?, ImmutableArray<AdditionalText>)>(LoadCatalogue);
    }

    /// <summary>The pack's policy files (<c>&lt;section&gt;/*.csx</c>; not <c>lib/</c>, hidden folders or fixtures), pack-relative, in ordinal order.</summary>
    public IReadOnlyList<string> PolicyFiles()
    {
        var root = _factory.PackRoot;
        return
        [
            .. Directory.EnumerateDirectories(root)
                .Where(d => Path.GetFileName(d) is var name && name != LibraryFolder && !name.StartsWith('.'))
                .SelectMany(d => Directory.EnumerateFiles(d, "*.csx", SearchOption.TopDirectoryOnly))
                .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal),
        ];
    }

    /// <summary>Analyses one policy file (absolute or pack-relative path).</summary>
    public FileAnalysis AnalyseFile(string policyPath, CancellationToken cancellation = default) =>
        Analyse(_factory.Create(policyPath), cancellation);

    /// <summary>Analyses a compilation the pack's <see cref="PolicyCompilationFactory"/> built, so a caller holding one does not parse the file again.</summary>
    internal FileAnalysis Analyse(CSharpCompilation compilation, CancellationToken cancellation = default)
    {
        var file = compilation.SyntaxTrees.First().FilePath;
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(_catalogue.Value.Texts), onAnalyzerException: null, concurrentAnalysis: false,
            logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);
        var models = new BoundModels();
        var diagnostics = compilation.WithAnalyzers(PolicyAnalyzers.All.Add(models), options)
            .GetAllDiagnosticsAsync(cancellation).GetAwaiter().GetResult();
        var lint = LintDiagnostics.Normalise(diagnostics.Select(d => LintDiagnostics.From(d, file)).OfType<LintDiagnostic>());
        return new FileAnalysis(file, lint, compilation, models, cancellation);
    }

    /// <summary>Analyses every policy file, then the rules that need the whole pack.</summary>
    public LintReport AnalysePack(CancellationToken cancellation = default)
    {
        var files = PolicyFiles();
        // The declared controls are read on the worker that analysed the file.
        var analyses = files.AsParallel().AsOrdered().WithCancellation(cancellation).Select(f => AnalyseFile(f, cancellation))
            .Select(a => (a.Diagnostics, a.Controls)).ToList();
        var packDiagnostics = PackRules.Check(analyses.SelectMany(a => a.Controls), _catalogue.Value.Catalogue)
            .Select(d => LintDiagnostics.From(d, RequirementCatalogue.PathSuffix))
            .OfType<LintDiagnostic>();
        return new LintReport(files, LintDiagnostics.Normalise(analyses.SelectMany(a => a.Diagnostics).Concat(packDiagnostics)));
    }

    private (RequirementCatalogue?, ImmutableArray<AdditionalText>) LoadCatalogue()
    {
        var path = Path.Combine(_factory.PackRoot, "guide", "requirements.json");
        if (!File.Exists(path)) return (null, []);
        SourceText text;
        using (var stream = File.OpenRead(path))
            text = SourceText.From(stream, Encoding.UTF8);
        var catalogue = RequirementCatalogue.Parse(RequirementCatalogue.PathSuffix, text);
        return (catalogue, [new PackAdditionalText(RequirementCatalogue.PathSuffix, text)]);
    }
}
