using System.Reflection;

namespace Custojo.Compliance.Sdk.Tests.PublicApi;

/// <summary>Writes types the way C# source shows them: keywords, generic arguments and nullable annotations.</summary>
internal static class TypeNames
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(object)] = "object", [typeof(string)] = "string", [typeof(bool)] = "bool",
        [typeof(byte)] = "byte", [typeof(char)] = "char", [typeof(short)] = "short", [typeof(int)] = "int",
        [typeof(long)] = "long", [typeof(float)] = "float", [typeof(double)] = "double", [typeof(decimal)] = "decimal",
    };

    public static string Of(Type type, NullabilityInfo? nullability = null)
    {
        if (type.IsByRef) return Of(type.GetElementType()!, nullability);
        // Unconstrained type parameters read as "maybe null" without any annotation in source: show them bare.
        var suffix = nullability is { ReadState: NullabilityState.Nullable } && !type.IsValueType && !type.IsGenericParameter ? "?" : "";
        if (Nullable.GetUnderlyingType(type) is { } underlying) return Of(underlying) + "?";
        if (type.IsArray) return Of(type.GetElementType()!, nullability?.ElementType) + "[]" + suffix;
        if (Keywords.TryGetValue(type, out var keyword)) return keyword + suffix;
        if (type.IsGenericParameter) return type.Name;

        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0) name = name[..tick];
        if (type.IsNested && !type.IsGenericParameter) name = Of(type.DeclaringType!) + "." + name;
        if (!type.IsGenericType) return name + suffix;

        var arguments = type.GetGenericArguments();
        var argumentNullability = nullability?.GenericTypeArguments;
        var rendered = arguments.Select((a, i) => Of(a, argumentNullability is { Length: > 0 } n && i < n.Length ? n[i] : null));
        return $"{name}<{string.Join(", ", rendered)}>{suffix}";
    }
}
