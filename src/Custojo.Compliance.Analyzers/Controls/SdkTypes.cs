using Microsoft.CodeAnalysis;

namespace Custojo.Compliance.Analyzers.Controls;

/// <summary>The Sdk types the metadata rules recognise, resolved in one compilation (null when the Sdk is not referenced).</summary>
internal sealed class SdkTypes
{
    private SdkTypes(INamedTypeSymbol globals, INamedTypeSymbol builder, INamedTypeSymbol checkContext)
    {
        Globals = globals;
        Builder = builder;
        CheckContext = checkContext;
    }

    public INamedTypeSymbol Globals { get; }

    public INamedTypeSymbol Builder { get; }

    public INamedTypeSymbol CheckContext { get; }

    public static SdkTypes? Resolve(Compilation compilation)
    {
        var globals = compilation.GetTypeByMetadataName("Custojo.Compliance.Sdk.Controls.PolicyGlobals");
        var builder = compilation.GetTypeByMetadataName("Custojo.Compliance.Sdk.Controls.ControlBuilder");
        var context = compilation.GetTypeByMetadataName("Custojo.Compliance.Sdk.Controls.CheckContext");
        return globals is null || builder is null || context is null ? null : new SdkTypes(globals, builder, context);
    }

    /// <summary>Whether <paramref name="method"/> is <c>PolicyGlobals.Control(string)</c>.</summary>
    public bool IsControl(IMethodSymbol? method) =>
        method is { Name: "Control" } && SymbolEqualityComparer.Default.Equals(method.ContainingType, Globals);

    /// <summary>Whether <paramref name="method"/> is a member of <c>ControlBuilder</c>.</summary>
    public bool IsBuilderMethod(IMethodSymbol? method) =>
        method is not null && SymbolEqualityComparer.Default.Equals(method.ContainingType, Builder);

    /// <summary>Whether <paramref name="method"/> is <c>CheckContext.Param&lt;T&gt;(string)</c>.</summary>
    public bool IsParam(IMethodSymbol? method) =>
        method is { Name: "Param", TypeArguments.Length: 1 } && SymbolEqualityComparer.Default.Equals(method.ContainingType, CheckContext);
}
