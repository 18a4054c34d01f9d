using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Analyzers.Directives;

/// <summary>
/// CJ0021: <c>#load</c> of a script outside the pack — a rooted path, or a relative one that climbs above the
/// pack root. Applies to scripts named by pack-relative paths (how the engine compiles them); an absolute
/// <c>#load</c> path is refused everywhere.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LoadDirectiveAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptors.LoadOutsidePack];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxTreeAction(Analyze);
    }

    private static void Analyze(SyntaxTreeAnalysisContext context)
    {
        if (context.Tree.GetRoot(context.CancellationToken) is not CompilationUnitSyntax root) return;
        var packRelative = PackPath.IsPackRelative(context.Tree.FilePath);
        foreach (var directive in root.GetLoadDirectives())
        {
            var path = directive.File.ValueText;
            var outside = packRelative ? PackPath.Resolve(path, context.Tree.FilePath) is null : !PackPath.IsPackRelative(path);
            if (outside) context.ReportDiagnostic(Diagnostic.Create(Descriptors.LoadOutsidePack, directive.GetLocation(), directive.File.Text));
        }
    }
}
