using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Analyzers.Banned;

/// <summary>
/// CJ0012: the machine's clock — <c>DateTime.Now/UtcNow/Today</c>, <c>DateTimeOffset.Now/UtcNow</c>,
/// <c>Stopwatch</c>, <c>TimeProvider.System</c> and <c>Environment.TickCount/TickCount64</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WallClockAnalyzer : BannedApiAnalyzer
{
    protected override DiagnosticDescriptor Rule => Descriptors.WallClock;

    internal override bool IsBanned(in ApiSymbol symbol) =>
        symbol.IsMemberOf("System.DateTime", "Now", "UtcNow", "Today")
        || symbol.IsMemberOf("System.DateTimeOffset", "Now", "UtcNow")
        || symbol.InType("System.Diagnostics.Stopwatch")
        || symbol.IsMember("System.TimeProvider", "System")
        || IsTickCount(symbol);

    internal static bool IsTickCount(in ApiSymbol symbol) => symbol.IsMemberOf("System.Environment", "TickCount", "TickCount64");
}
