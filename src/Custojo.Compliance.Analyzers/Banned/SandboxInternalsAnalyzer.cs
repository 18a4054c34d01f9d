using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Analyzers.Banned;

/// <summary>
/// CJ0014: the engine's sandbox (<c>Custojo.Compliance.Sdk.Sandbox</c>: <c>Guard</c>,
/// <c>SandboxViolationException</c>). A policy that calls the guard could fake progress; one that catches
/// the violation could outlive its budget.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SandboxInternalsAnalyzer : BannedApiAnalyzer
{
    protected override DiagnosticDescriptor Rule => Descriptors.SandboxInternals;

    internal override bool IsBanned(in ApiSymbol symbol) => symbol.InNamespace("Custojo.Compliance.Sdk.Sandbox");
}
