using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Analyzers.Controls;

/// <summary>What a control metadata rule gets for one file: the model, the Sdk types, its own state, and where to report.</summary>
internal sealed class ControlRuleContext(SemanticModelAnalysisContext analysis, SdkTypes sdk, object? state)
{
    public SemanticModel Model => analysis.SemanticModel;

    public SdkTypes Sdk { get; } = sdk;

    public object? State { get; } = state;

    public CancellationToken Cancellation => analysis.CancellationToken;

    public string? ConstantString(SyntaxNode? expression) => ControlChainReader.ConstantString(Model, expression, Cancellation);

    public void Report(DiagnosticDescriptor rule, SyntaxNode node, params object?[] arguments) =>
        analysis.ReportDiagnostic(Diagnostic.Create(rule, node.GetLocation(), arguments));

    public void Report(DiagnosticDescriptor rule, Location location, params object?[] arguments) =>
        analysis.ReportDiagnostic(Diagnostic.Create(rule, location, arguments));
}
