using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Analyzers.Banned;

/// <summary>CJ0002: the network — everything in <c>System.Net</c> and below (sockets, HTTP, DNS, mail, web sockets...).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NetworkAnalyzer : BannedApiAnalyzer
{
    protected override DiagnosticDescriptor Rule => Descriptors.Network;

    internal override bool IsBanned(in ApiSymbol symbol) => symbol.InNamespace("System.Net");
}
