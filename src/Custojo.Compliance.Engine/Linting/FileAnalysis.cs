using Custojo.Compliance.Analyzers.Pack;
using Custojo.Compliance.Engine.Compilation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Custojo.Compliance.Engine.Linting;

/// <summary>
/// The analysis of one policy file: compiler and analyzer diagnostics of the file and of the scripts it
/// <c>#load</c>s, and the controls it declares. A file with an error is never executed.
/// </summary>
public sealed class FileAnalysis
{
    private readonly Lazy<IReadOnlyList<DeclaredControl>> _controls;

    private readonly BoundModels _models;

    internal FileAnalysis(string file, IReadOnlyList<LintDiagnostic> diagnostics, CSharpCompilation compilation, BoundModels models, CancellationToken cancellation)
    {
        File = file;
        Diagnostics = diagnostics;
        Compilation = compilation;
        _models = models;
        // Read on first use only: compiling a policy does not need them.
        _controls = new Lazy<IReadOnlyList<DeclaredControl>>(() => PolicyControls.Read(compilation, ModelOf, cancellation));
    }

    /// <summary>The policy's pack-relative path.</summary>
    public string File { get; }

    /// <summary>Diagnostics in file, position, id order.</summary>
    public IReadOnlyList<LintDiagnostic> Diagnostics { get; }

    /// <summary>The controls declared by the file (and the scripts it loads), as written.</summary>
    public IReadOnlyList<DeclaredControl> Controls => _controls.Value;

    public bool HasErrors => Diagnostics.Any(d => d.Severity == LintSeverity.Error);

    /// <summary>The first error, to name in the <c>error</c> result of the file's controls; null when there is none.</summary>
    public LintDiagnostic? FirstError => Diagnostics.FirstOrDefault(d => d.Severity == LintSeverity.Error);

    /// <summary>The analysed compilation; pass it to <c>PolicyCompilationFactory.WithGuards</c> with <see cref="ModelOf"/> to emit.</summary>
    internal CSharpCompilation Compilation { get; }

    /// <summary>
    /// The semantic model of one of the compilation's trees, bound by the analysis already (a new one when the analysis
    /// did not reach the tree). Its symbols belong to the analysis's copy of the compilation.
    /// </summary>
    internal SemanticModel ModelOf(SyntaxTree tree) => _models.Of(tree) ?? PolicyCompilationFactory.ModelWithoutNullability(Compilation, tree);
}
