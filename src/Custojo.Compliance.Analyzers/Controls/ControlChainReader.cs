using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Custojo.Compliance.Analyzers.Controls;

/// <summary>
/// Finds the control declarations of one syntax tree, once per semantic model: every control metadata rule
/// reads them from the model the analyzer driver shares between analyzers.
/// </summary>
internal static class ControlChainReader
{
    private static readonly ConditionalWeakTable<SemanticModel, IReadOnlyList<ControlChain>> ChainsByModel = new();

    public static IReadOnlyList<ControlChain> Read(SemanticModel model, SdkTypes sdk, CancellationToken cancellation) =>
        ChainsByModel.GetValue(model, m => Find(m, sdk, cancellation));

    private static IReadOnlyList<ControlChain> Find(SemanticModel model, SdkTypes sdk, CancellationToken cancellation)
    {
        var chains = new List<ControlChain>();
        var root = model.SyntaxTree.GetRoot(cancellation);
        foreach (var invocation in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (invocation.Expression is not IdentifierNameSyntax { Identifier.ValueText: "Control" }) continue;
            if (!sdk.IsControl(model.GetSymbolInfo(invocation, cancellation).Symbol as IMethodSymbol)) continue;
            chains.Add(ReadChain(invocation, model, sdk, cancellation));
        }

        return chains;
    }

    /// <summary>The value of <paramref name="expression"/> when it is a compile-time constant string.</summary>
    public static string? ConstantString(SemanticModel model, SyntaxNode? expression, CancellationToken cancellation)
    {
        if (expression is ArgumentSyntax argument) expression = argument.Expression;
        if (expression is null) return null;
        var constant = model.GetConstantValue(expression, cancellation);
        return constant is { HasValue: true, Value: string text } ? text : null;
    }

    private static ControlChain ReadChain(InvocationExpressionSyntax declaration, SemanticModel model, SdkTypes sdk, CancellationToken cancellation)
    {
        var id = ConstantString(model, declaration.ArgumentList.Arguments.FirstOrDefault(), cancellation);
        var calls = new List<ChainCall>();
        ExpressionSyntax current = declaration;
        while (current.Parent is MemberAccessExpressionSyntax access && access.Expression == current
            && access.Parent is InvocationExpressionSyntax call && call.Expression == access
            && model.GetSymbolInfo(call, cancellation).Symbol is IMethodSymbol method && sdk.IsBuilderMethod(method))
        {
            calls.Add(new ChainCall(method, call));
            current = call;
        }

        return new ControlChain(declaration, id, calls, current);
    }
}
