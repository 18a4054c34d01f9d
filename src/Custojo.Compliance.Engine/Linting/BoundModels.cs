using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Engine.Linting;

/// <summary>
/// Keeps the semantic model the analyzer driver gave each tree of one analysis. The driver hands every analyzer the
/// same model of a tree, so by the end of the analysis that model has bound every method body and lambda; the work
/// done after it (the sandbox's guard rewrite, reading the declared controls) asks it instead of binding each tree a
/// second time. Reports nothing: it is attached to an analysis only to be handed those models.
/// </summary>
// Not a compiler extension: the engine hands an instance to one analysis of its own, so none of the rules for analyzer
// assemblies (the attribute that lets a compiler find it, a netstandard target, the extended rules) apply.
#pragma warning disable RS1001, RS1036
internal sealed class BoundModels : DiagnosticAnalyzer
#pragma warning restore RS1001, RS1036
{
    // The driver skips an analyzer all of whose diagnostics are off, and one that supports none counts as such.
#pragma warning disable RS2008 // Release tracking is for the rules a policy author sees; this one is never reported.
    private static readonly DiagnosticDescriptor Unreported = new(
        "CJ9999", "Semantic models kept for later work", "Never reported", "Custojo.Internal", DiagnosticSeverity.Hidden, isEnabledByDefault: true);
#pragma warning restore RS2008

    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Unreported];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSemanticModelAction(model => _models.TryAdd(model.SemanticModel.SyntaxTree, model.SemanticModel));
    }

    /// <summary>The model the driver used for <paramref name="tree"/>; null when the analysis did not reach it.</summary>
    public SemanticModel? Of(SyntaxTree tree) => _models.GetValueOrDefault(tree);
}
