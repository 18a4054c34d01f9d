using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Analyzers.Banned;

/// <summary>CJ0010: the console — <c>System.Console</c> and its companion types (<c>ConsoleColor</c>, <c>ConsoleKey</c>...).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConsoleAnalyzer : BannedApiAnalyzer
{
    protected override DiagnosticDescriptor Rule => Descriptors.Console;

    internal override bool IsBanned(in ApiSymbol symbol) =>
        symbol.Namespace == "System" && symbol.TypeName.StartsWith("System.Console", StringComparison.Ordinal);
}
