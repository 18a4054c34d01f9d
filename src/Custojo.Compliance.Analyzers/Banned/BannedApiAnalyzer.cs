using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Custojo.Compliance.Analyzers.Banned;

/// <summary>
/// Finds every reference to a banned symbol, by symbol rather than by text, in script compilations: each
/// name in the code (invocations, member access, object creation, method groups, <c>typeof</c>, attributes,
/// base types, generic arguments, <c>var</c>, <c>using</c> aliases and <c>using static</c>, fully-qualified
/// names, extension calls), plus the calls the compiler makes without a name (target-typed <c>new()</c>,
/// query clauses, collection initialisers). A chain such as <c>System.IO.File.ReadAllText(...)</c> is
/// reported once, at the whole chain, naming its last banned member. <c>nameof</c> is harmless and ignored.
/// </summary>
public abstract class BannedApiAnalyzer : DiagnosticAnalyzer
{
    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <summary>The rule this category reports.</summary>
    protected abstract DiagnosticDescriptor Rule { get; }

    /// <summary>Whether the category bans the (normalised) symbol.</summary>
    internal abstract bool IsBanned(in ApiSymbol symbol);

    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(AnalyzeName, SyntaxKind.IdentifierName, SyntaxKind.GenericName);
        context.RegisterOperationAction(AnalyzeObjectCreation, OperationKind.ObjectCreation);
        context.RegisterOperationAction(AnalyzeImplicitInvocation, OperationKind.Invocation);
        RegisterSyntax(context);
    }

    /// <summary>Registers the category's syntax-only checks (keywords such as <c>unsafe</c> or <c>async</c>).</summary>
    protected virtual void RegisterSyntax(AnalysisContext context)
    {
    }

    /// <summary>Reports the category's rule at <paramref name="location"/> for the construct named <paramref name="what"/>.</summary>
    protected void Report(Action<Diagnostic> report, Location location, string what) =>
        report(Diagnostic.Create(Rule, location, what));

    private bool IsBanned(ISymbol? symbol) => ApiSymbol.From(symbol) is { } api && IsBanned(api);

    private void AnalyzeName(SyntaxNodeAnalysisContext context)
    {
        var name = (SimpleNameSyntax)context.Node;
        if (name.IsPartOfStructuredTrivia() || IsInsideNameOf(name, context.SemanticModel, context.CancellationToken)) return;
        var symbol = BannedSymbolOf(name, context.SemanticModel, context.CancellationToken);
        if (symbol is null) return;

        // A qualified reference whose qualifier is already banned was reported at the qualifier's chain.
        if (QualifierOf(name) is { } qualifier && BannedSymbolOf(qualifier, context.SemanticModel, context.CancellationToken) is not null) return;

        // Widen to the qualifier (System.IO.File) and to the following banned members (.ReadAllText).
        SyntaxNode reported = name.Parent is MemberAccessExpressionSyntax { Name: var n1 } access && n1 == name ? access
            : name.Parent is QualifiedNameSyntax { Right: var n2 } qualified && n2 == name ? qualified
            : name.Parent is AliasQualifiedNameSyntax { Name: var n3 } aliased && n3 == name ? aliased
            : name;
        while (reported.Parent is MemberAccessExpressionSyntax next && next.Expression == reported
            && BannedSymbolOf(next.Name, context.SemanticModel, context.CancellationToken) is { } member)
        {
            reported = next;
            symbol = member;
        }

        Report(context.ReportDiagnostic, reported.GetLocation(), symbol.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat));
    }

    private void AnalyzeObjectCreation(OperationAnalysisContext context)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Constructor is not { } constructor || !IsBanned(constructor)) return;

        // An explicit `new T(...)` of a banned type is reported at the type's name already.
        var implicitNew = creation.Syntax is ImplicitObjectCreationExpressionSyntax;
        if (!implicitNew && IsBanned(constructor.ContainingType)) return;
        Report(context.ReportDiagnostic, creation.Syntax.GetLocation(), constructor.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat));
    }

    private void AnalyzeImplicitInvocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.Syntax is InvocationExpressionSyntax || !IsBanned(invocation.TargetMethod)) return;
        Report(context.ReportDiagnostic, invocation.Syntax.GetLocation(), invocation.TargetMethod.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat));
    }

    private ISymbol? BannedSymbolOf(SyntaxNode node, SemanticModel model, CancellationToken cancellation)
    {
        // `var` and other type syntax bind through their type, which comes last among the candidates.
        foreach (var (symbol, api) in ReferencedSymbols.Of(node, model, cancellation).Candidates)
        {
            if (IsBanned(api)) return symbol;
        }

        return null;
    }

    private static ExpressionSyntax? QualifierOf(SimpleNameSyntax name) => name.Parent switch
    {
        MemberAccessExpressionSyntax access when access.Name == name => access.Expression,
        QualifiedNameSyntax qualified when qualified.Right == name => qualified.Left,
        _ => null,
    };

    private static bool IsInsideNameOf(SyntaxNode node, SemanticModel model, CancellationToken cancellation)
    {
        foreach (var ancestor in node.Ancestors())
        {
            if (ancestor is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } invocation
                && model.GetOperation(invocation, cancellation) is INameOfOperation)
                return true;
            if (ancestor is StatementSyntax or MemberDeclarationSyntax) return false;
        }

        return false;
    }
}
