using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Custojo.Compliance.Sdk.Tests.PublicApi;

/// <summary>
/// Lists every public type of an assembly and every public or protected member with its signature, one
/// line each, ordinal-sorted: the text the public API snapshot compares.
/// </summary>
internal static class PublicApiWriter
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Write(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var owner = type.FullName!.Replace('+', '.');
            lines.Add($"{owner} :: {Header(type)}");
            lines.AddRange(Members(type).Order(StringComparer.Ordinal).Select(member => $"{owner} :: {member}"));
        }

        return string.Join('\n', lines) + "\n";
    }

    private static string Header(Type type)
    {
        var kind = type switch
        {
            { IsEnum: true } => "enum",
            { IsInterface: true } => "interface",
            { IsValueType: true } => IsRecord(type) ? "record struct" : "struct",
            _ when typeof(Delegate).IsAssignableFrom(type) => "delegate",
            _ when IsRecord(type) => "record",
            _ => "class",
        };
        var modifiers = type switch
        {
            { IsClass: true, IsAbstract: true, IsSealed: true } => "static ",
            { IsClass: true, IsAbstract: true } => "abstract ",
            { IsClass: true, IsSealed: true } when kind != "delegate" => "sealed ",
            _ => "",
        };
        var bases = new List<string>();
        if (type is { IsClass: true, BaseType: { } baseType } && baseType != typeof(object) && kind != "delegate")
            bases.Add(TypeNames.Of(baseType));
        bases.AddRange(type.GetInterfaces()
            .Where(i => type.BaseType is null || !i.IsAssignableFrom(type.BaseType))
            .Select(i => TypeNames.Of(i))
            .Order(StringComparer.Ordinal));
        var browsable = type.GetCustomAttribute<EditorBrowsableAttribute>() is { State: EditorBrowsableState.Never } ? "[EditorBrowsable(Never)] " : "";
        var inheritance = bases.Count == 0 || type.IsEnum ? "" : " : " + string.Join(", ", bases);
        return $"{browsable}public {modifiers}{kind} {TypeNames.Of(type)}{inheritance}{Constraints(type.GetGenericArguments())}";
    }

    private static IEnumerable<string> Members(Type type)
    {
        var context = new NullabilityInfoContext();
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
                yield return $"{field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), CultureInfo.InvariantCulture)}";
            yield break;
        }

        foreach (var constructor in type.GetConstructors(Declared).Where(Visible))
            yield return $"{Access(constructor)}ctor({Parameters(constructor, context)})";

        foreach (var field in type.GetFields(Declared).Where(f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly))
        {
            var modifiers = field.IsLiteral ? "const " : (field.IsStatic ? "static " : "") + (field.IsInitOnly ? "readonly " : "");
            var value = field.IsLiteral ? " = " + Literal(field.GetRawConstantValue()) : "";
            yield return $"{(field.IsPublic ? "" : "protected ")}{modifiers}{TypeNames.Of(field.FieldType, context.Create(field))} {field.Name}{value}";
        }

        foreach (var property in type.GetProperties(Declared))
        {
            var getter = property.GetMethod is { } g && Visible(g) ? g : null;
            var setter = property.SetMethod is { } s && Visible(s) ? s : null;
            if (getter is null && setter is null) continue;
            var accessor = getter ?? setter!;
            var set = setter is null ? "" : IsInit(setter) ? " init;" : " set;";
            var indexer = property.GetIndexParameters() is { Length: > 0 } index
                ? $"this[{string.Join(", ", index.Select(p => $"{TypeNames.Of(p.ParameterType, context.Create(p))} {p.Name}"))}]"
                : property.Name;
            yield return $"{Access(accessor)}{Modifiers(accessor)}{TypeNames.Of(property.PropertyType, context.Create(property))} {indexer} {{{(getter is null ? "" : " get;")}{set} }}";
        }

        foreach (var e in type.GetEvents(Declared).Where(e => e.AddMethod is { } add && Visible(add)))
            yield return $"{Access(e.AddMethod!)}{Modifiers(e.AddMethod!)}event {TypeNames.Of(e.EventHandlerType!)} {e.Name}";

        foreach (var method in type.GetMethods(Declared).Where(m => Visible(m) && !m.IsSpecialName))
        {
            var generic = method.IsGenericMethodDefinition ? $"<{string.Join(", ", method.GetGenericArguments().Select(a => a.Name))}>" : "";
            var returns = TypeNames.Of(method.ReturnType, context.Create(method.ReturnParameter));
            yield return $"{Access(method)}{Modifiers(method)}{returns} {method.Name}{generic}({Parameters(method, context)}){Constraints(method.GetGenericArguments())}";
        }

        foreach (var operatorMethod in type.GetMethods(Declared).Where(m => Visible(m) && m.IsSpecialName && m.Name.StartsWith("op_", StringComparison.Ordinal)))
            yield return $"{Modifiers(operatorMethod)}{TypeNames.Of(operatorMethod.ReturnType)} {operatorMethod.Name}({Parameters(operatorMethod, context)})";
    }

    private static bool Visible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static string Access(MethodBase method) => method.IsPublic ? "" : "protected ";

    private static string Modifiers(MethodInfo method) =>
        method.IsStatic ? "static "
        : method.IsAbstract ? "abstract "
        : method.IsVirtual && !method.IsFinal && method.GetBaseDefinition() == method ? "virtual "
        : method.IsVirtual && !method.IsFinal ? "override "
        : "";

    private static bool IsInit(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null || type.GetProperty("EqualityContract", Declared) is not null;

    private static string Parameters(MethodBase method, NullabilityInfoContext context) =>
        string.Join(", ", method.GetParameters().Select(p =>
        {
            var prefix = p.Position == 0 && method.IsDefined(typeof(ExtensionAttribute)) ? "this "
                : p.IsOut ? "out "
                : p.ParameterType.IsByRef ? (p.IsIn ? "in " : "ref ")
                : p.IsDefined(typeof(ParamArrayAttribute)) ? "params "
                : "";
            var defaultValue = !p.HasDefaultValue ? ""
                : p.RawDefaultValue is null && p.ParameterType.IsValueType && Nullable.GetUnderlyingType(p.ParameterType) is null ? " = default"
                : " = " + Literal(p.RawDefaultValue);
            return $"{prefix}{TypeNames.Of(p.ParameterType, context.Create(p))} {p.Name}{defaultValue}";
        }));

    private static string Constraints(Type[] arguments) =>
        string.Concat(arguments.Where(a => a.IsGenericParameter).Select(a =>
        {
            var constraints = new List<string>();
            var attributes = a.GenericParameterAttributes;
            if (attributes.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint)) constraints.Add("class");
            if (attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint)) constraints.Add("struct");
            constraints.AddRange(a.GetGenericParameterConstraints().Where(c => c != typeof(ValueType)).Select(c => TypeNames.Of(c)));
            if (attributes.HasFlag(GenericParameterAttributes.DefaultConstructorConstraint) && !attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
                constraints.Add("new()");
            if (constraints.Count == 0 && IsNotNullConstrained(a)) constraints.Add("notnull");
            return constraints.Count == 0 ? "" : $" where {a.Name} : {string.Join(", ", constraints)}";
        }));

    private static bool IsNotNullConstrained(Type parameter) =>
        parameter.CustomAttributes.Any(a => a.AttributeType.Name == "NullableAttribute" && a.ConstructorArguments is [{ Value: (byte)1 }]);

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"",
        bool b => b ? "true" : "false",
        System.Reflection.Missing => "default",
        DBNull => "default",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
