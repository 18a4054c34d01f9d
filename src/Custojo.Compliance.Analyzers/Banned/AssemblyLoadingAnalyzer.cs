using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Analyzers.Banned;

/// <summary>
/// CJ0006: loading and initialising assemblies — <c>System.Runtime.Loader</c> (AssemblyLoadContext),
/// <c>Assembly.Load*</c>, <c>AppDomain.Load</c>/<c>ExecuteAssembly</c>/<c>CreateInstance*</c> and module
/// initialisers (code that would run when the policy assembly loads, outside any control's sandbox).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AssemblyLoadingAnalyzer : BannedApiAnalyzer
{
    protected override DiagnosticDescriptor Rule => Descriptors.AssemblyLoading;

    internal override bool IsBanned(in ApiSymbol symbol) => IsAssemblyLoading(symbol) || IsAppDomainLoading(symbol);

    internal static bool IsAssemblyLoading(in ApiSymbol symbol) =>
        symbol.InNamespace("System.Runtime.Loader")
        || symbol.IsMemberOf("System.Reflection.Assembly", "Load", "LoadFrom", "LoadFile", "LoadWithPartialName", "UnsafeLoadFrom", "ReflectionOnlyLoad", "ReflectionOnlyLoadFrom")
        || symbol.InType("System.Runtime.CompilerServices.ModuleInitializerAttribute");

    internal static bool IsAppDomainLoading(in ApiSymbol symbol) =>
        symbol.TypeName == "System.AppDomain" && symbol.MemberName is { } name
        && (name == "Load" || name.StartsWith("ExecuteAssembly", StringComparison.Ordinal) || name.StartsWith("CreateInstance", StringComparison.Ordinal));
}
