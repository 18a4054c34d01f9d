using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Analyzers.Controls;

/// <summary>
/// CJ0100: a control must be declared as one fluent statement. A builder stored in a variable, passed or
/// returned could be completed anywhere, so its metadata could not be checked before it runs.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ControlDeclarationAnalyzer : ControlAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptors.ControlNotAChain];

    private protected override void Analyze(ControlRuleContext context, IReadOnlyList<ControlChain> chains)
    {
        foreach (var chain in chains.Where(c => !c.IsStatement))
            context.Report(Descriptors.ControlNotAChain, chain.Declaration, chain.Declaration.ArgumentList.Arguments.FirstOrDefault()?.ToString() ?? "");
    }
}
