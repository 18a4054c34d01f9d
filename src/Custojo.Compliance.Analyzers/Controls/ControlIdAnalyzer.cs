using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Analyzers.Controls;

/// <summary>
/// CJ0101–CJ0103 within one file: the id is a non-empty constant string, matches <see cref="ControlIds.Pattern"/>,
/// and is declared once. Duplicates across files are found by <see cref="Pack.PackRules"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ControlIdAnalyzer : ControlAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics =>
        [Descriptors.ControlIdNotConstant, Descriptors.ControlIdFormat, Descriptors.ControlIdDuplicate];

    private protected override void Analyze(ControlRuleContext context, IReadOnlyList<ControlChain> chains)
    {
        var first = new Dictionary<string, ControlChain>(StringComparer.Ordinal);
        foreach (var chain in chains)
        {
            var argument = (SyntaxNode?)chain.Declaration.ArgumentList.Arguments.FirstOrDefault() ?? chain.Declaration;
            if (chain.Id is not { Length: > 0 } id)
            {
                context.Report(Descriptors.ControlIdNotConstant, argument);
                continue;
            }

            if (!ControlIds.IsValid(id)) context.Report(Descriptors.ControlIdFormat, argument, id);
            if (first.TryGetValue(id, out var earlier))
                context.Report(Descriptors.ControlIdDuplicate, argument, id, Locations.Describe(earlier.Declaration.GetLocation()));
            else
                first.Add(id, chain);
        }
    }
}
