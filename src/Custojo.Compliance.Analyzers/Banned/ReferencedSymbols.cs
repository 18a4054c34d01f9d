using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Custojo.Compliance.Analyzers.Banned;

/// <summary>
/// What a name or expression refers to, bound once per semantic model and shared by every banned-API category:
/// the analyzer driver hands all analyzers the same model of a tree, so the sixteen categories that look at each
/// name cost one <c>GetSymbolInfo</c> and one <see cref="ApiSymbol"/> reduction instead of sixteen.
/// </summary>
internal sealed class ReferencedSymbols
{
    private static readonly ConditionalWeakTable<SemanticModel, ConcurrentDictionary<SyntaxNode, ReferencedSymbols>> Models = new();

    private ReferencedSymbols(ImmutableArray<(ISymbol Symbol, ApiSymbol Api)> candidates) => Candidates = candidates;

    /// <summary>
    /// In the order they are matched: the bound symbol alone when there is one; otherwise the candidates, then for
    /// <c>var</c> its type. Symbols that are not types or members are left out.
    /// </summary>
    public ImmutableArray<(ISymbol Symbol, ApiSymbol Api)> Candidates { get; }

    public static ReferencedSymbols Of(SyntaxNode node, SemanticModel model, CancellationToken cancellation) =>
        Models.GetValue(model, _ => new ConcurrentDictionary<SyntaxNode, ReferencedSymbols>())
            .GetOrAdd(node, n => Bind(n, model, cancellation));

    private static ReferencedSymbols Bind(SyntaxNode node, SemanticModel model, CancellationToken cancellation)
    {
        var info = model.GetSymbolInfo(node, cancellation);
        if (info.Symbol is { } symbol) return new ReferencedSymbols(Reduced([symbol]));
        IEnumerable<ISymbol> candidates = info.CandidateSymbols;
        if (node is IdentifierNameSyntax { IsVar: true } && model.GetTypeInfo(node, cancellation).Type is { } type) candidates = candidates.Append(type);
        return new ReferencedSymbols(Reduced(candidates));
    }

    private static ImmutableArray<(ISymbol, ApiSymbol)> Reduced(IEnumerable<ISymbol> symbols) =>
        [.. symbols.Select(s => (Symbol: s, Api: ApiSymbol.From(s))).Where(s => s.Api is not null).Select(s => (s.Symbol, s.Api!.Value))];
}
