using System.Collections.Immutable;
using Custojo.Compliance.Analyzers.Catalogue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Analyzers.Controls;

/// <summary>
/// CJ0107–CJ0110: every control implements at least one guide requirement, each id a non-empty constant
/// present in the requirement catalogue (an additional file whose path ends with
/// <c>guide/requirements.json</c>; without one the existence check is skipped). A malformed catalogue is
/// reported in the catalogue file itself.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ControlRequirementAnalyzer : ControlAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics =>
        [Descriptors.ControlRequirementMissing, Descriptors.ControlRequirementNotConstant, Descriptors.ControlRequirementUnknown, Descriptors.CatalogueInvalid];

    private protected override object? CreateState(AnalyzerOptions options, CancellationToken cancellation) =>
        RequirementCatalogue.From(options.AdditionalFiles, cancellation);

    private protected override void AnalyzeAdditionalFile(AdditionalFileAnalysisContext context, object? state)
    {
        if (state is not RequirementCatalogue catalogue || context.AdditionalFile.Path != catalogue.Path) return;
        foreach (var problem in catalogue.Problems)
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.CatalogueInvalid, problem.Location, problem.Message));
    }

    private protected override void Analyze(ControlRuleContext context, IReadOnlyList<ControlChain> chains)
    {
        var catalogue = context.State as RequirementCatalogue;
        foreach (var chain in chains.Where(c => c.IsStatement))
        {
            var implements = chain.CallsTo("Implements").ToList();
            if (implements.Count == 0 || implements.All(c => c.Arguments.Count == 0))
            {
                context.Report(Descriptors.ControlRequirementMissing, implements.Count == 0 ? chain.Declaration : implements[0].Invocation, chain.DisplayId);
                continue;
            }

            foreach (var argument in implements.SelectMany(c => c.Arguments))
            {
                var id = context.ConstantString(argument);
                if (string.IsNullOrWhiteSpace(id))
                    context.Report(Descriptors.ControlRequirementNotConstant, argument, chain.DisplayId);
                else if (catalogue is not null && !catalogue.Contains(id))
                    context.Report(Descriptors.ControlRequirementUnknown, argument, chain.DisplayId, id, catalogue.Closest(id) is { } near ? $" (did you mean '{near}'?)" : "");
            }
        }
    }
}
