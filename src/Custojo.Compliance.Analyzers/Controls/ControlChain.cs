using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Custojo.Compliance.Analyzers.Controls;

/// <summary>
/// A control declaration as written: <c>Control("ID")</c> followed by the builder calls chained on it.
/// Read from syntax and checked with the semantic model, so only real Sdk calls count.
/// </summary>
internal sealed class ControlChain(InvocationExpressionSyntax declaration, string? id, IReadOnlyList<ChainCall> calls, ExpressionSyntax outermost)
{
    /// <summary>The <c>Control("ID")</c> call.</summary>
    public InvocationExpressionSyntax Declaration { get; } = declaration;

    /// <summary>The id when it is a constant string (possibly empty), otherwise null.</summary>
    public string? Id { get; } = id;

    /// <summary>The builder calls in source order.</summary>
    public IReadOnlyList<ChainCall> Calls { get; } = calls;

    /// <summary>The whole chain expression.</summary>
    public ExpressionSyntax Outermost { get; } = outermost;

    /// <summary>Whether the chain is a statement of its own (not stored, passed or returned).</summary>
    public bool IsStatement => Outermost.Parent is ExpressionStatementSyntax;

    /// <summary>The id for messages: the constant when there is one, otherwise the source text.</summary>
    public string DisplayId => Id is { Length: > 0 } ? Id : Declaration.ArgumentList.Arguments.FirstOrDefault()?.ToString() ?? "";

    /// <summary>Where control-level diagnostics point: the <c>Control("ID")</c> call.</summary>
    public Location Location => Declaration.GetLocation();

    public IEnumerable<ChainCall> CallsTo(string name) => Calls.Where(c => c.Name == name);
}
