using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Analyzers.Controls;

/// <summary>CJ0104: every control has <c>.Title(...)</c> with a non-empty constant string.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ControlTitleAnalyzer : ControlAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptors.ControlTitle];

    private protected override void Analyze(ControlRuleContext context, IReadOnlyList<ControlChain> chains)
    {
        foreach (var chain in chains.Where(c => c.IsStatement)) RequiredText.Check(context, chain, "Title", Descriptors.ControlTitle);
    }
}
