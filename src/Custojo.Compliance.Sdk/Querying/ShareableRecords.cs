using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Custojo.Compliance.Sdk.Querying;

/// <summary>
/// Which evidence record types can be handed to several controls as the same instances: every public
/// property is init-only and of a type no control can change (scalars, strings, enums, instants, and
/// string lists, which <see cref="ReadOnlyStringListConverter"/> reads read-only). Anything else is read
/// afresh for each control.
/// </summary>
internal static class ShareableRecords
{
    private static readonly ConcurrentDictionary<Type, bool> Known = new();

    public static bool IsShareable(Type recordType) => Known.GetOrAdd(recordType, Inspect);

    private static bool Inspect(Type recordType) =>
        recordType.IsSealed
        && recordType.GetFields(BindingFlags.Public | BindingFlags.Instance).All(f => f.IsInitOnly && IsImmutable(f.FieldType))
        && recordType.GetProperties(BindingFlags.Public | BindingFlags.Instance).All(p => IsInitOnly(p) && IsImmutable(p.PropertyType));

    private static bool IsInitOnly(PropertyInfo property) =>
        property.SetMethod is not { } setter
        || setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsImmutable(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum
            || underlying == typeof(string) || underlying == typeof(decimal) || underlying == typeof(DateTimeOffset)
            || underlying == typeof(DateTime) || underlying == typeof(TimeSpan) || underlying == typeof(Guid)
            || underlying == typeof(IReadOnlyList<string>);
    }
}
