using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Analyzers.Banned;

/// <summary>
/// CJ0007: threads, tasks, timers and asynchronous code — everything in <c>System.Threading</c> and below
/// (Thread, ThreadPool, Timer, Task, Parallel, Monitor, wait handles, channels...), PLINQ, blocking
/// collections, async streams and disposables, <c>[ThreadStatic]</c>, and the <c>async</c> and <c>await</c>
/// keywords. Work on another thread escapes the control's time limit; a blocking wait cannot be interrupted.
/// The <c>lock</c> statement stays allowed.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ThreadingAnalyzer : BannedApiAnalyzer
{
    protected override DiagnosticDescriptor Rule => Descriptors.Threading;

    internal override bool IsBanned(in ApiSymbol symbol) =>
        symbol.InNamespace("System.Threading")
        || symbol.TypeName.StartsWith("System.Linq.Parallel", StringComparison.Ordinal)
        || symbol.IsMember("System.Linq.Enumerable", "AsParallel")
        || symbol.InType("System.Collections.Concurrent.BlockingCollection")
        || symbol.InType("System.IAsyncDisposable")
        || symbol.InType("System.Collections.Generic.IAsyncEnumerable")
        || symbol.InType("System.Collections.Generic.IAsyncEnumerator")
        || symbol.InType("System.ThreadStaticAttribute");

    protected override void RegisterSyntax(AnalysisContext context)
    {
        context.RegisterSyntaxNodeAction(AnalyzeAwait, SyntaxKind.AwaitExpression);
        context.RegisterSyntaxNodeAction(AnalyzeAwaitKeyword, SyntaxKind.ForEachStatement, SyntaxKind.ForEachVariableStatement, SyntaxKind.UsingStatement, SyntaxKind.LocalDeclarationStatement);
        context.RegisterSyntaxNodeAction(AnalyzeModifiers, SyntaxKind.MethodDeclaration, SyntaxKind.LocalFunctionStatement,
            SyntaxKind.SimpleLambdaExpression, SyntaxKind.ParenthesizedLambdaExpression, SyntaxKind.AnonymousMethodExpression);
    }

    private void AnalyzeAwait(SyntaxNodeAnalysisContext context) =>
        Report(context.ReportDiagnostic, ((AwaitExpressionSyntax)context.Node).AwaitKeyword.GetLocation(), "await");

    private void AnalyzeAwaitKeyword(SyntaxNodeAnalysisContext context)
    {
        var awaitKeyword = context.Node switch
        {
            CommonForEachStatementSyntax loop => loop.AwaitKeyword,
            UsingStatementSyntax statement => statement.AwaitKeyword,
            LocalDeclarationStatementSyntax declaration => declaration.AwaitKeyword,
            _ => default,
        };
        if (awaitKeyword.IsKind(SyntaxKind.AwaitKeyword)) Report(context.ReportDiagnostic, awaitKeyword.GetLocation(), "await");
    }

    private void AnalyzeModifiers(SyntaxNodeAnalysisContext context)
    {
        var modifiers = context.Node switch
        {
            MemberDeclarationSyntax member => member.Modifiers,
            LocalFunctionStatementSyntax local => local.Modifiers,
            AnonymousFunctionExpressionSyntax function => function.Modifiers,
            _ => default,
        };
        foreach (var modifier in modifiers)
        {
            if (modifier.IsKind(SyntaxKind.AsyncKeyword)) Report(context.ReportDiagnostic, modifier.GetLocation(), "async");
        }
    }
}
