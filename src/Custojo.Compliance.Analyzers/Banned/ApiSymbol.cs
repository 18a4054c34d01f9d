using Microsoft.CodeAnalysis;

namespace Custojo.Compliance.Analyzers.Banned;

/// <summary>
/// A referenced symbol reduced to what banned-API rules match on: its namespace, the full name of the type
/// it is or belongs to, and its member name. Extension methods are matched as their static definition, generic
/// instances as their definition, aliases as their target.
/// </summary>
internal readonly struct ApiSymbol
{
    private ApiSymbol(ISymbol symbol, string ns, string typeName, string? memberName)
    {
        Symbol = symbol;
        Namespace = ns;
        TypeName = typeName;
        MemberName = memberName;
    }

    /// <summary>The normalised symbol (definition, not instance; static form of extension methods).</summary>
    public ISymbol Symbol { get; }

    /// <summary>The containing namespace, e.g. <c>System.IO</c> (empty for the global namespace).</summary>
    public string Namespace { get; }

    /// <summary>The type's full name with its namespace and containing types, e.g. <c>System.Environment.SpecialFolder</c>.</summary>
    public string TypeName { get; }

    /// <summary>The member's name when the symbol is a member (method, property, field, event), otherwise null.</summary>
    public string? MemberName { get; }

    /// <summary>Normalises a referenced symbol; null when it is not a type or member (namespaces, locals, labels...).</summary>
    public static ApiSymbol? From(ISymbol? symbol)
    {
        switch (symbol)
        {
            case IAliasSymbol alias:
                return From(alias.Target);
            case IMethodSymbol method:
                var definition = (method.ReducedFrom ?? method).OriginalDefinition;
                return Member(definition, definition.ContainingType, definition.MethodKind == MethodKind.Constructor ? ".ctor" : definition.Name);
            case IPropertySymbol or IFieldSymbol or IEventSymbol:
                return Member(symbol.OriginalDefinition, symbol.ContainingType, symbol.Name);
            case IArrayTypeSymbol array:
                return From(array.ElementType);
            case INamedTypeSymbol type:
                var named = type.OriginalDefinition;
                return new ApiSymbol(named, NamespaceOf(named), FullName(named), null);
            case IDynamicTypeSymbol dynamic:
                return new ApiSymbol(dynamic, "", "dynamic", null);
            default:
                return null;
        }
    }

    /// <summary>The symbol's namespace is <paramref name="ns"/> or one of its sub-namespaces.</summary>
    public bool InNamespace(string ns) =>
        Namespace == ns || Namespace.StartsWith(ns + ".", StringComparison.Ordinal);

    /// <summary>The symbol is the type <paramref name="fullName"/>, one of its nested types, or one of their members.</summary>
    public bool InType(string fullName) =>
        TypeName == fullName || TypeName.StartsWith(fullName + ".", StringComparison.Ordinal);

    /// <summary>The symbol is a member named <paramref name="member"/> of the type <paramref name="fullName"/>.</summary>
    public bool IsMember(string fullName, string member) => TypeName == fullName && MemberName == member;

    /// <summary>The symbol is a member of <paramref name="fullName"/> whose name is one of <paramref name="members"/>.</summary>
    public bool IsMemberOf(string fullName, params string[] members) =>
        TypeName == fullName && MemberName is { } name && Array.IndexOf(members, name) >= 0;

    /// <summary>The type (for a member: the member's value or return type) is declared in <paramref name="ns"/> or below.</summary>
    public bool ValueTypeInNamespace(string ns)
    {
        var type = Symbol switch
        {
            IMethodSymbol m => m.ReturnType,
            IPropertySymbol p => p.Type,
            IFieldSymbol f => f.Type,
            IEventSymbol e => e.Type,
            _ => null,
        };
        while (type is IArrayTypeSymbol array) type = array.ElementType;
        if (type is null) return false;
        var name = NamespaceOf(type.OriginalDefinition);
        return name == ns || name.StartsWith(ns + ".", StringComparison.Ordinal);
    }

    private static ApiSymbol? Member(ISymbol member, INamedTypeSymbol? containingType, string name) =>
        containingType is null ? null : new ApiSymbol(member, NamespaceOf(containingType), FullName(containingType.OriginalDefinition), name);

    private static string NamespaceOf(ITypeSymbol type)
    {
        var outer = type;
        while (outer.ContainingType is { } containing) outer = containing;
        return outer.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : "";
    }

    private static string FullName(ITypeSymbol type)
    {
        var name = type.MetadataName.Split('`')[0];
        if (type.ContainingType is { } containing) return FullName(containing) + "." + name;
        var ns = NamespaceOf(type);
        return ns.Length == 0 ? name : ns + "." + name;
    }
}
