using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Analyzers.Controls;

/// <summary>CJ0111: every control has a <c>.Check(...)</c>; without one it could never produce a result.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ControlCheckAnalyzer : ControlAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptors.ControlCheckMissing];

    private protected override void Analyze(ControlRuleContext context, IReadOnlyList<ControlChain> chains)
    {
        foreach (var chain in chains.Where(c => c.IsStatement && !c.CallsTo("Check").Any()))
            context.Report(Descriptors.ControlCheckMissing, chain.Declaration, chain.DisplayId);
    }
}
