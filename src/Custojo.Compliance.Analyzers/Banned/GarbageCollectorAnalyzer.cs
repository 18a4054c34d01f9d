using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Analyzers.Banned;

/// <summary>CJ0011: the garbage collector — <c>GC</c> and the other <c>System.GC*</c> types, <c>GCSettings</c>, <c>MemoryFailPoint</c>, <c>DependentHandle</c>.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GarbageCollectorAnalyzer : BannedApiAnalyzer
{
    protected override DiagnosticDescriptor Rule => Descriptors.GarbageCollector;

    internal override bool IsBanned(in ApiSymbol symbol) =>
        (symbol.Namespace == "System" && symbol.TypeName.StartsWith("System.GC", StringComparison.Ordinal))
        || (symbol.Namespace == "System.Runtime" && symbol.TypeName.StartsWith("System.Runtime.GC", StringComparison.Ordinal))
        || symbol.InType("System.Runtime.MemoryFailPoint")
        || symbol.InType("System.Runtime.DependentHandle");
}
