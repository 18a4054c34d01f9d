using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Analyzers.Banned;

/// <summary>
/// CJ0015: debugging and tracing — the rest of <c>System.Diagnostics</c> (<c>Debug</c>, <c>Debugger</c>,
/// <c>Trace</c>, <c>StackTrace</c>, <c>Contract</c>, event sources, activities, metrics...). A failed
/// <c>Debug.Assert</c> or <c>Contract.Assert</c> ends the process and <c>Debugger.Break</c> halts it.
/// Processes are CJ0003 and <c>Stopwatch</c> is CJ0012; attributes, exceptions and
/// <c>System.Diagnostics.CodeAnalysis</c> stay allowed.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DebuggingAnalyzer : BannedApiAnalyzer
{
    protected override DiagnosticDescriptor Rule => Descriptors.Debugging;

    internal override bool IsBanned(in ApiSymbol symbol) =>
        symbol.InNamespace("System.Diagnostics")
        && !symbol.InNamespace("System.Diagnostics.CodeAnalysis")
        && !ProcessAnalyzer.IsProcessType(symbol)
        && !symbol.InType("System.Diagnostics.Stopwatch")
        && !IsAttributeOrException(symbol.Symbol as ITypeSymbol ?? symbol.Symbol.ContainingType);

    private static bool IsAttributeOrException(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.ContainingNamespace?.ToDisplayString() == "System" && current.Name is "Attribute" or "Exception") return true;
        }

        return false;
    }
}
