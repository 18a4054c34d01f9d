using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Analyzers.Directives;

/// <summary>CJ0020: <c>#r</c> directives. Policies compile against a fixed reference set; nothing may be added.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReferenceDirectiveAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptors.ReferenceDirective];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxTreeAction(Analyze);
    }

    private static void Analyze(SyntaxTreeAnalysisContext context)
    {
        if (context.Tree.GetRoot(context.CancellationToken) is not CompilationUnitSyntax root) return;
        foreach (var directive in root.GetReferenceDirectives())
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ReferenceDirective, directive.GetLocation(), directive.File.Text));
        }
    }
}
