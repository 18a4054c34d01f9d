using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Analyzers.Banned;

/// <summary>
/// CJ0005: reflection, code generation and dynamic binding — everything in <c>System.Reflection</c> and below
/// (including <c>Emit</c>), any member whose value is a reflection object (<c>Type.GetMethod</c>,
/// <c>Type.Assembly</c>, <c>Delegate.Method</c>, <c>Exception.TargetSite</c>...), name-based type lookup and
/// late binding on <c>Type</c> (<c>Type.GetType("...")</c>, <c>InvokeMember</c>, <c>MakeGenericType</c>),
/// <c>Activator</c>, <c>RuntimeHelpers</c>, unsafe accessors, expression trees built by hand
/// (<c>System.Linq.Expressions</c>, which compile to arbitrary calls) and <c>dynamic</c>. Reading a member's
/// <c>Name</c> stays allowed. Loading assemblies is CJ0006.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReflectionAnalyzer : BannedApiAnalyzer
{
    protected override DiagnosticDescriptor Rule => Descriptors.Reflection;

    internal override bool IsBanned(in ApiSymbol symbol)
    {
        if (symbol.IsMember("System.Reflection.MemberInfo", "Name") || AssemblyLoadingAnalyzer.IsAssemblyLoading(symbol)) return false;
        return symbol.InNamespace("System.Reflection")
            || symbol.ValueTypeInNamespace("System.Reflection")
            || symbol.IsMemberOf("System.Type", "GetType", "InvokeMember", "MakeGenericType", "GetTypeFromProgID", "GetTypeFromCLSID", "ReflectionOnlyGetType", "GetTypeFromHandle", "TypeHandle")
            || symbol.IsMemberOf("System.Delegate", "CreateDelegate", "DynamicInvoke")
            || symbol.InType("System.Activator")
            || symbol.InType("System.RuntimeTypeHandle") || symbol.InType("System.RuntimeMethodHandle") || symbol.InType("System.RuntimeFieldHandle") || symbol.InType("System.ModuleHandle")
            || symbol.InType("System.Runtime.CompilerServices.RuntimeHelpers")
            || symbol.TypeName.StartsWith("System.Runtime.CompilerServices.UnsafeAccessor", StringComparison.Ordinal)
            || symbol.InType("System.Runtime.Serialization.FormatterServices")
            || symbol.InNamespace("System.Linq.Expressions")
            || symbol.Symbol is IDynamicTypeSymbol;
    }
}
