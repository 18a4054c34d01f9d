using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Custojo.Compliance.Analyzers.Controls;

/// <summary>One call of a control's fluent chain, e.g. <c>.Title("...")</c>.</summary>
internal sealed record ChainCall(IMethodSymbol Method, InvocationExpressionSyntax Invocation)
{
    public string Name => Method.Name;

    public IReadOnlyList<ArgumentSyntax> Arguments => Invocation.ArgumentList.Arguments;

    /// <summary>The first argument, or the call itself when it has none (where to point a diagnostic).</summary>
    public SyntaxNode FirstArgumentOrCall => Arguments.Count > 0 ? Arguments[0] : Invocation;
}
