using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Custojo.Compliance.Engine.Compilation;

/// <summary>
/// Injects the sandbox's calls into one policy tree, keeping every original line where it was:
/// <c>Guard.Tick()</c> at the start of every loop body, every labelled statement (goto targets), every switch
/// section (goto case targets) and every catch block (so a budget violation cannot be swallowed), and
/// <c>Guard.Enter()</c> at the start of every method, local function, lambda, anonymous method, accessor,
/// constructor and operator body. Expression bodies become blocks (<c>return</c> is added when the member
/// returns a value, per the semantic model). Lambdas converted to expression trees are left alone, and so are
/// finalizers (refused by the analysis: they run outside any budget).
/// </summary>
internal sealed class GuardRewriter(SemanticModel model) : CSharpSyntaxRewriter
{
    private static readonly StatementSyntax Tick = ParseStatement("global::Custojo.Compliance.Sdk.Sandbox.Guard.Tick();");
    private static readonly StatementSyntax Enter = ParseStatement("global::Custojo.Compliance.Sdk.Sandbox.Guard.Enter();");

    // Loops.
    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
    {
        var visited = (WhileStatementSyntax)base.VisitWhileStatement(node)!;
        return visited.WithStatement(Guarded(visited.Statement, Tick));
    }

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node)
    {
        var visited = (DoStatementSyntax)base.VisitDoStatement(node)!;
        return visited.WithStatement(Guarded(visited.Statement, Tick));
    }

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node)
    {
        var visited = (ForStatementSyntax)base.VisitForStatement(node)!;
        return visited.WithStatement(Guarded(visited.Statement, Tick));
    }

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node)
    {
        var visited = (ForEachStatementSyntax)base.VisitForEachStatement(node)!;
        return visited.WithStatement(Guarded(visited.Statement, Tick));
    }

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node)
    {
        var visited = (ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!;
        return visited.WithStatement(Guarded(visited.Statement, Tick));
    }

    // goto targets: labels, switch sections; and catch blocks.
    public override SyntaxNode? VisitBlock(BlockSyntax node)
    {
        var visited = (BlockSyntax)base.VisitBlock(node)!;
        return visited.WithStatements(List(visited.Statements.SelectMany(ExpandLabel)));
    }

    public override SyntaxNode? VisitSwitchSection(SwitchSectionSyntax node)
    {
        var visited = (SwitchSectionSyntax)base.VisitSwitchSection(node)!;
        var statements = visited.Statements.SelectMany(ExpandLabel).ToList();
        var lastLabel = visited.Labels.Last();
        var colon = lastLabel.ColonToken;
        return visited
            .WithLabels(visited.Labels.Replace(lastLabel, lastLabel.WithColonToken(colon.WithTrailingTrivia(Space))))
            .WithStatements(List(statements.Prepend(Tick.WithTrailingTrivia(colon.TrailingTrivia))));
    }

    public override SyntaxNode? VisitCompilationUnit(CompilationUnitSyntax node)
    {
        var visited = (CompilationUnitSyntax)base.VisitCompilationUnit(node)!;
        var members = visited.Members.SelectMany(m => m is GlobalStatementSyntax { Statement: LabeledStatementSyntax } global
            ? ExpandLabel(global.Statement).Select(s => (MemberDeclarationSyntax)GlobalStatement(s))
            : [m]);
        return visited.WithMembers(List(members));
    }

    public override SyntaxNode? VisitCatchClause(CatchClauseSyntax node)
    {
        var visited = (CatchClauseSyntax)base.VisitCatchClause(node)!;
        return visited.WithBlock(InsertAtStart(visited.Block, Tick));
    }

    // Bodies.
    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
    {
        var returns = ReturnsValue(model.GetDeclaredSymbol(node));
        var visited = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
        if (visited.Body is { } body) return visited.WithBody(InsertAtStart(body, Enter));
        if (visited.ExpressionBody is not { } arrow) return visited;
        return visited.WithExpressionBody(null).WithSemicolonToken(default)
            .WithBody(BlockFrom(arrow.ArrowToken, arrow.Expression, visited.SemicolonToken, returns));
    }

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        var returns = ReturnsValue(model.GetDeclaredSymbol(node));
        var visited = (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!;
        if (visited.Body is { } body) return visited.WithBody(InsertAtStart(body, Enter));
        if (visited.ExpressionBody is not { } arrow) return visited;
        return visited.WithExpressionBody(null).WithSemicolonToken(default)
            .WithBody(BlockFrom(arrow.ArrowToken, arrow.Expression, visited.SemicolonToken, returns));
    }

    public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node)
    {
        var visited = (ConstructorDeclarationSyntax)base.VisitConstructorDeclaration(node)!;
        if (visited.Body is { } body) return visited.WithBody(InsertAtStart(body, Enter));
        if (visited.ExpressionBody is not { } arrow) return visited;
        return visited.WithExpressionBody(null).WithSemicolonToken(default)
            .WithBody(BlockFrom(arrow.ArrowToken, arrow.Expression, visited.SemicolonToken, returns: false));
    }

    public override SyntaxNode? VisitOperatorDeclaration(OperatorDeclarationSyntax node)
    {
        var visited = (OperatorDeclarationSyntax)base.VisitOperatorDeclaration(node)!;
        if (visited.Body is { } body) return visited.WithBody(InsertAtStart(body, Enter));
        if (visited.ExpressionBody is not { } arrow) return visited;
        var returns = ReturnsValue(model.GetDeclaredSymbol(node));
        return visited.WithExpressionBody(null).WithSemicolonToken(default)
            .WithBody(BlockFrom(arrow.ArrowToken, arrow.Expression, visited.SemicolonToken, returns));
    }

    public override SyntaxNode? VisitConversionOperatorDeclaration(ConversionOperatorDeclarationSyntax node)
    {
        var visited = (ConversionOperatorDeclarationSyntax)base.VisitConversionOperatorDeclaration(node)!;
        if (visited.Body is { } body) return visited.WithBody(InsertAtStart(body, Enter));
        if (visited.ExpressionBody is not { } arrow) return visited;
        return visited.WithExpressionBody(null).WithSemicolonToken(default)
            .WithBody(BlockFrom(arrow.ArrowToken, arrow.Expression, visited.SemicolonToken, returns: true));
    }

    public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node)
    {
        var returns = ReturnsValue(model.GetDeclaredSymbol(node));
        var visited = (AccessorDeclarationSyntax)base.VisitAccessorDeclaration(node)!;
        if (visited.Body is { } body) return visited.WithBody(InsertAtStart(body, Enter));
        if (visited.ExpressionBody is not { } arrow) return visited;
        return visited.WithExpressionBody(null).WithSemicolonToken(default)
            .WithBody(BlockFrom(arrow.ArrowToken, arrow.Expression, visited.SemicolonToken, returns));
    }

    public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node)
    {
        var visited = (PropertyDeclarationSyntax)base.VisitPropertyDeclaration(node)!;
        if (visited.ExpressionBody is not { } arrow) return visited;
        return visited.WithExpressionBody(null).WithSemicolonToken(default)
            .WithAccessorList(GetterFrom(arrow, visited.SemicolonToken));
    }

    public override SyntaxNode? VisitIndexerDeclaration(IndexerDeclarationSyntax node)
    {
        var visited = (IndexerDeclarationSyntax)base.VisitIndexerDeclaration(node)!;
        if (visited.ExpressionBody is not { } arrow) return visited;
        return visited.WithExpressionBody(null).WithSemicolonToken(default)
            .WithAccessorList(GetterFrom(arrow, visited.SemicolonToken));
    }

    public override SyntaxNode? VisitDestructorDeclaration(DestructorDeclarationSyntax node) => node;

    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node)
    {
        if (IsExpressionTree(node)) return node;
        var returns = ReturnsValue(model.GetSymbolInfo(node).Symbol);
        var visited = (SimpleLambdaExpressionSyntax)base.VisitSimpleLambdaExpression(node)!;
        return visited.Block is { } block
            ? visited.WithBlock(InsertAtStart(block, Enter))
            : visited.WithExpressionBody(null).WithBlock(BlockFrom(visited.ArrowToken, visited.ExpressionBody!, default, returns))
                .WithArrowToken(visited.ArrowToken.WithTrailingTrivia(Space));
    }

    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node)
    {
        if (IsExpressionTree(node)) return node;
        var returns = ReturnsValue(model.GetSymbolInfo(node).Symbol);
        var visited = (ParenthesizedLambdaExpressionSyntax)base.VisitParenthesizedLambdaExpression(node)!;
        return visited.Block is { } block
            ? visited.WithBlock(InsertAtStart(block, Enter))
            : visited.WithExpressionBody(null).WithBlock(BlockFrom(visited.ArrowToken, visited.ExpressionBody!, default, returns))
                .WithArrowToken(visited.ArrowToken.WithTrailingTrivia(Space));
    }

    public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node)
    {
        if (IsExpressionTree(node)) return node;
        var visited = (AnonymousMethodExpressionSyntax)base.VisitAnonymousMethodExpression(node)!;
        return visited.WithBlock(InsertAtStart(visited.Block, Enter));
    }

    private bool IsExpressionTree(ExpressionSyntax function)
    {
        for (var type = model.GetTypeInfo(function).ConvertedType; type is not null; type = type.BaseType)
        {
            if (type.Name is "Expression" or "LambdaExpression" && type.ContainingNamespace?.ToDisplayString() == "System.Linq.Expressions") return true;
        }

        return false;
    }

    private static bool ReturnsValue(ISymbol? symbol) => symbol is IMethodSymbol { ReturnsVoid: false };

    /// <summary>`body` as a block starting with `guard`; a statement that is not a block is wrapped on its own lines.</summary>
    private static BlockSyntax Guarded(StatementSyntax body, StatementSyntax guard)
    {
        if (body is BlockSyntax block) return InsertAtStart(block, guard);
        return Block(
            Token(body.GetLeadingTrivia(), SyntaxKind.OpenBraceToken, TriviaList(Space)),
            List([guard.WithTrailingTrivia(Space), body.WithoutTrivia().WithTrailingTrivia(Space)]),
            Token(TriviaList(), SyntaxKind.CloseBraceToken, body.GetTrailingTrivia()));
    }

    /// <summary>`guard` as the first statement of `block`, written on the line of its opening brace.</summary>
    private static BlockSyntax InsertAtStart(BlockSyntax block, StatementSyntax guard)
    {
        var open = block.OpenBraceToken;
        return block
            .WithOpenBraceToken(open.WithTrailingTrivia(Space))
            .WithStatements(block.Statements.Insert(0, guard.WithTrailingTrivia(open.TrailingTrivia)));
    }

    /// <summary>`=> expression;` as `{ Guard.Enter(); return expression; }` (or without `return`), on the same lines.</summary>
    private static BlockSyntax BlockFrom(SyntaxToken arrow, ExpressionSyntax expression, SyntaxToken semicolon, bool returns)
    {
        var closingTrivia = expression.GetTrailingTrivia().AddRange(semicolon.LeadingTrivia).AddRange(semicolon.TrailingTrivia);
        var value = expression.WithoutTrailingTrivia();
        StatementSyntax statement = value switch
        {
            ThrowExpressionSyntax thrown => ThrowStatement(Token(thrown.ThrowKeyword.LeadingTrivia, SyntaxKind.ThrowKeyword, TriviaList(Space)), thrown.Expression, Token(SyntaxKind.SemicolonToken)),
            _ when returns => ReturnStatement(Token(SyntaxKind.ReturnKeyword).WithTrailingTrivia(Space), value, Token(SyntaxKind.SemicolonToken)),
            _ => ExpressionStatement(value, Token(SyntaxKind.SemicolonToken)),
        };
        return Block(
            Token(arrow.LeadingTrivia, SyntaxKind.OpenBraceToken, TriviaList(Space)),
            List([Enter.WithTrailingTrivia(arrow.TrailingTrivia), statement.WithTrailingTrivia(Space)]),
            Token(TriviaList(), SyntaxKind.CloseBraceToken, closingTrivia));
    }

    /// <summary>An expression-bodied property or indexer's `=> expression;` as `{ get { Guard.Enter(); return expression; } }`.</summary>
    private static AccessorListSyntax GetterFrom(ArrowExpressionClauseSyntax arrow, SyntaxToken semicolon)
    {
        var getter = AccessorDeclaration(SyntaxKind.GetAccessorDeclaration)
            .WithKeyword(Token(TriviaList(), SyntaxKind.GetKeyword, TriviaList(Space)))
            .WithBody(BlockFrom(Token(TriviaList(), SyntaxKind.EqualsGreaterThanToken, TriviaList(Space)), arrow.Expression, default, returns: true)
                .WithTrailingTrivia(Space));
        return AccessorList(
            Token(arrow.ArrowToken.LeadingTrivia, SyntaxKind.OpenBraceToken, TriviaList(Space)),
            List([getter]),
            Token(TriviaList(), SyntaxKind.CloseBraceToken, semicolon.TrailingTrivia));
    }

    /// <summary>`L: statement` as `L: Guard.Tick(); statement` so a backward goto passes the guard.</summary>
    private static IEnumerable<StatementSyntax> ExpandLabel(StatementSyntax statement)
    {
        if (statement is not LabeledStatementSyntax labeled)
        {
            yield return statement;
            yield break;
        }

        yield return labeled.WithStatement(Tick.WithTrailingTrivia(Space));
        foreach (var inner in ExpandLabel(labeled.Statement)) yield return inner;
    }
}
