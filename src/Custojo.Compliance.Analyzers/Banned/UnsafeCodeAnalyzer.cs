using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Analyzers.Banned;

/// <summary>
/// CJ0008: unsafe code — the <c>unsafe</c> modifier and block, pointer types, <c>fixed</c>, address-of and
/// pointer indirection, <c>stackalloc</c> (a large one overflows the stack, which ends the process),
/// <c>__makeref</c>/<c>__refvalue</c>/<c>__reftype</c>/<c>__arglist</c>, and the APIs that break memory
/// safety: <c>Unsafe</c>, <c>MemoryMarshal</c>, <c>CollectionsMarshal</c>, <c>TypedReference</c>,
/// <c>ArgIterator</c>, <c>[SkipLocalsInit]</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnsafeCodeAnalyzer : BannedApiAnalyzer
{
    protected override DiagnosticDescriptor Rule => Descriptors.Unsafe;

    internal override bool IsBanned(in ApiSymbol symbol) => IsUnsafeApi(symbol);

    internal static bool IsUnsafeApi(in ApiSymbol symbol) =>
        symbol.InType("System.Runtime.CompilerServices.Unsafe")
        || symbol.InType("System.Runtime.CompilerServices.SkipLocalsInitAttribute")
        || symbol.InType("System.Runtime.InteropServices.MemoryMarshal")
        || symbol.InType("System.Runtime.InteropServices.CollectionsMarshal")
        || symbol.InType("System.TypedReference")
        || symbol.InType("System.ArgIterator");

    protected override void RegisterSyntax(AnalysisContext context)
    {
        context.RegisterSyntaxTreeAction(AnalyzeUnsafeKeyword);
        context.RegisterSyntaxNodeAction(AnalyzeConstruct,
            SyntaxKind.PointerType, SyntaxKind.FixedStatement, SyntaxKind.AddressOfExpression, SyntaxKind.PointerIndirectionExpression,
            SyntaxKind.PointerMemberAccessExpression, SyntaxKind.StackAllocArrayCreationExpression, SyntaxKind.ImplicitStackAllocArrayCreationExpression,
            SyntaxKind.MakeRefExpression, SyntaxKind.RefValueExpression, SyntaxKind.RefTypeExpression, SyntaxKind.ArgListExpression);
    }

    private void AnalyzeUnsafeKeyword(SyntaxTreeAnalysisContext context)
    {
        foreach (var token in context.Tree.GetRoot(context.CancellationToken).DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.UnsafeKeyword)) Report(context.ReportDiagnostic, token.GetLocation(), "unsafe");
        }
    }

    private void AnalyzeConstruct(SyntaxNodeAnalysisContext context)
    {
        var node = context.Node;
        var what = node switch
        {
            PointerTypeSyntax pointer => pointer.ToString(),
            FixedStatementSyntax => "fixed",
            StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax => "stackalloc",
            MakeRefExpressionSyntax => "__makeref",
            RefValueExpressionSyntax => "__refvalue",
            RefTypeExpressionSyntax => "__reftype",
            _ => node.ToString(),
        };
        var location = node is FixedStatementSyntax fixedStatement ? fixedStatement.FixedKeyword.GetLocation() : node.GetLocation();
        Report(context.ReportDiagnostic, location, what);
    }
}
