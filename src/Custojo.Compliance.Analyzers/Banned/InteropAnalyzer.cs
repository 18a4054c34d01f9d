using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Analyzers.Banned;

/// <summary>
/// CJ0009: native code — <c>System.Runtime.InteropServices</c> and below (<c>[DllImport]</c>,
/// <c>[LibraryImport]</c>, <c>Marshal</c>, <c>NativeLibrary</c>, <c>GCHandle</c>, <c>SafeHandle</c>...; the
/// memory-unsafe marshals are CJ0008 and runtime information is CJ0004), safe handles, the <c>extern</c>
/// modifier and function pointer types.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InteropAnalyzer : BannedApiAnalyzer
{
    protected override DiagnosticDescriptor Rule => Descriptors.Interop;

    internal override bool IsBanned(in ApiSymbol symbol) =>
        (symbol.InNamespace("System.Runtime.InteropServices")
            && !UnsafeCodeAnalyzer.IsUnsafeApi(symbol)
            && !symbol.InType("System.Runtime.InteropServices.RuntimeInformation")
            && !symbol.InType("System.Runtime.InteropServices.OSPlatform"))
        || symbol.InNamespace("Microsoft.Win32.SafeHandles");

    protected override void RegisterSyntax(AnalysisContext context)
    {
        context.RegisterSyntaxNodeAction(AnalyzeFunctionPointer, SyntaxKind.FunctionPointerType);
        context.RegisterSyntaxTreeAction(AnalyzeExtern);
    }

    private void AnalyzeFunctionPointer(SyntaxNodeAnalysisContext context) =>
        Report(context.ReportDiagnostic, context.Node.GetLocation(), context.Node.ToString());

    private void AnalyzeExtern(SyntaxTreeAnalysisContext context)
    {
        foreach (var token in context.Tree.GetRoot(context.CancellationToken).DescendantTokens())
        {
            // `extern alias` is a different construct, refused by the compiler in scripts.
            if (token.IsKind(SyntaxKind.ExternKeyword) && token.Parent is not ExternAliasDirectiveSyntax)
                Report(context.ReportDiagnostic, token.GetLocation(), "extern");
        }
    }
}
