using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Analyzers.Banned;

/// <summary>
/// CJ0016: finalizers. They run on the runtime's finalizer thread, outside any control's time limit, and an
/// exception thrown there ends the process.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FinalizerAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptors.Finalizer];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.DestructorDeclaration);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var finalizer = (DestructorDeclarationSyntax)context.Node;
        var span = Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(finalizer.TildeToken.SpanStart, finalizer.Identifier.Span.End);
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.Finalizer, Location.Create(finalizer.SyntaxTree, span), "~" + finalizer.Identifier.ValueText));
    }
}
