using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Analyzers.Banned;

/// <summary>CJ0003: operating-system processes — <c>System.Diagnostics.Process</c>, <c>ProcessStartInfo</c> and the other <c>Process*</c> types.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProcessAnalyzer : BannedApiAnalyzer
{
    protected override DiagnosticDescriptor Rule => Descriptors.Process;

    internal override bool IsBanned(in ApiSymbol symbol) => IsProcessType(symbol);

    internal static bool IsProcessType(in ApiSymbol symbol) =>
        symbol.Namespace == "System.Diagnostics" && symbol.TypeName.StartsWith("System.Diagnostics.Process", StringComparison.Ordinal);
}
