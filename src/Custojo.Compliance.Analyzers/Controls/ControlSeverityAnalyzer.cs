using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Analyzers.Controls;

/// <summary>
/// CJ0106: a <c>.Severity(...)</c> argument is a constant naming one of the <c>Severity</c> members (a cast
/// such as <c>(Severity)42</c> or a computed value is refused). Without the call the severity is Medium.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ControlSeverityAnalyzer : ControlAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptors.ControlSeverity];

    private protected override void Analyze(ControlRuleContext context, IReadOnlyList<ControlChain> chains)
    {
        foreach (var chain in chains)
        {
            foreach (var call in chain.CallsTo("Severity"))
            {
                if (!IsDefinedConstant(context, call)) context.Report(Descriptors.ControlSeverity, call.FirstArgumentOrCall, chain.DisplayId);
            }
        }
    }

    private static bool IsDefinedConstant(ControlRuleContext context, ChainCall call)
    {
        if (call.Arguments.Count == 0 || call.Method.Parameters.FirstOrDefault()?.Type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } severity) return false;
        var constant = context.Model.GetConstantValue(call.Arguments[0].Expression, context.Cancellation);
        if (!constant.HasValue) return false;
        return severity.GetMembers().OfType<IFieldSymbol>().Any(f => f.HasConstantValue && Equals(f.ConstantValue, constant.Value));
    }
}
