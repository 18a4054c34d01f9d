using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Analyzers.Controls;

/// <summary>
/// CJ0112–CJ0116: a control's parameters, declared with <c>.Parameter("name", default, "description")</c> and
/// read in its check with <c>ctx.Param&lt;T&gt;("name")</c>. Names are non-empty constants, declared once;
/// every name read is declared, with the same type as its default; every declared name is read (or at least
/// passed on as a constant string, e.g. to a shared helper), else a warning. The check is the lambda or
/// anonymous method given to <c>.Check</c>, or the method it names when that is declared in the same file.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ControlParameterAnalyzer : ControlAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics =>
        [Descriptors.ParameterNotDeclared, Descriptors.ParameterTypeMismatch, Descriptors.ParameterNotRead, Descriptors.ParameterNameNotConstant, Descriptors.ParameterDuplicate];

    private protected override void Analyze(ControlRuleContext context, IReadOnlyList<ControlChain> chains)
    {
        foreach (var chain in chains.Where(c => c.IsStatement))
        {
            var declared = Declarations(context, chain);
            var bodies = chain.CallsTo("Check").Select(c => CheckBody(context, c)).ToList();
            if (bodies.Count == 0 || bodies.Any(b => b is null)) continue;

            var mentioned = new HashSet<string>(StringComparer.Ordinal);
            foreach (var body in bodies.OfType<SyntaxNode>())
                AnalyzeReads(context, chain, body, declared, mentioned);

            foreach (var (name, (_, node)) in declared.Where(d => !mentioned.Contains(d.Key)))
                context.Report(Descriptors.ParameterNotRead, node, chain.DisplayId, name);
        }
    }

    private static Dictionary<string, (ITypeSymbol Type, SyntaxNode Node)> Declarations(ControlRuleContext context, ControlChain chain)
    {
        var declared = new Dictionary<string, (ITypeSymbol, SyntaxNode)>(StringComparer.Ordinal);
        foreach (var call in chain.CallsTo("Parameter").Where(c => c.Method.TypeArguments.Length == 1))
        {
            var name = context.ConstantString(call.Arguments.FirstOrDefault());
            if (string.IsNullOrWhiteSpace(name))
                context.Report(Descriptors.ParameterNameNotConstant, call.FirstArgumentOrCall, chain.DisplayId);
            else if (declared.ContainsKey(name))
                context.Report(Descriptors.ParameterDuplicate, call.FirstArgumentOrCall, chain.DisplayId, name);
            else
                declared.Add(name, (call.Method.TypeArguments[0], call.FirstArgumentOrCall));
        }

        return declared;
    }

    private static void AnalyzeReads(ControlRuleContext context, ControlChain chain, SyntaxNode body,
        Dictionary<string, (ITypeSymbol Type, SyntaxNode Node)> declared, HashSet<string> mentioned)
    {
        foreach (var node in body.DescendantNodesAndSelf())
        {
            if (node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) && literal.Parent is ArgumentSyntax)
                mentioned.Add(literal.Token.ValueText);
            if (node is not InvocationExpressionSyntax invocation
                || context.Model.GetSymbolInfo(invocation, context.Cancellation).Symbol is not IMethodSymbol method
                || !context.Sdk.IsParam(method))
                continue;

            var argument = (SyntaxNode?)invocation.ArgumentList.Arguments.FirstOrDefault() ?? invocation;
            var name = context.ConstantString(argument);
            if (string.IsNullOrWhiteSpace(name))
            {
                context.Report(Descriptors.ParameterNameNotConstant, argument, chain.DisplayId);
                continue;
            }

            mentioned.Add(name);
            var readAs = method.TypeArguments[0];
            if (!declared.TryGetValue(name, out var declaration))
                context.Report(Descriptors.ParameterNotDeclared, argument, chain.DisplayId, name);
            else if (!SymbolEqualityComparer.Default.Equals(readAs, declaration.Type))
                context.Report(Descriptors.ParameterTypeMismatch, argument, chain.DisplayId, name, Display(readAs), Display(declaration.Type));
        }
    }

    /// <summary>The syntax of the check's code, or null when it cannot be seen from here (e.g. a delegate in a variable).</summary>
    private static SyntaxNode? CheckBody(ControlRuleContext context, ChainCall check)
    {
        var expression = check.Arguments.FirstOrDefault()?.Expression;
        if (expression is AnonymousFunctionExpressionSyntax function) return function;
        if (expression is null) return null;
        var info = context.Model.GetSymbolInfo(expression, context.Cancellation);
        var method = info.Symbol as IMethodSymbol ?? info.CandidateSymbols.OfType<IMethodSymbol>().FirstOrDefault();
        var declaration = method?.DeclaringSyntaxReferences.FirstOrDefault();
        return declaration?.SyntaxTree == context.Model.SyntaxTree ? declaration.GetSyntax(context.Cancellation) : null;
    }

    private static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
}
