namespace Custojo.Compliance.Sdk.Querying;

/// <summary>
/// Sets one property of a record from its slot in <see cref="DecodedValues"/>, through a delegate bound to the
/// property's own (precompiled) setter. Binding costs no code generation, where a compiled expression per kind cost
/// the runtime a few milliseconds for each of the dozens of kinds a check reads. An enum property binds as its
/// underlying integer, which the runtime allows for a delegate's parameter.
/// </summary>
internal abstract class PropertyWriter<T> where T : class
{
    public abstract void Write(T record, DecodedValues values, int slot);

    /// <summary>The writer of <paramref name="property"/>, or null when its type has none (the kind is then read by System.Text.Json).</summary>
    public static PropertyWriter<T>? For(RecordProperty property)
    {
        var setter = property.Property.SetMethod!;
        var nullable = property.ValueType.IsValueType && property.AllowsNull;
        return (property.Kind, nullable) switch
        {
            (RecordValueKind.String, _) => new Reference<string?>(setter.CreateDelegate<Action<T, string?>>()),
            (RecordValueKind.StringList, _) => new Reference<IReadOnlyList<string>?>(setter.CreateDelegate<Action<T, IReadOnlyList<string>?>>()),
            (RecordValueKind.Int32, false) => new Int32(setter.CreateDelegate<Action<T, int>>()),
            (RecordValueKind.Int32, true) => new NullableInt32(setter.CreateDelegate<Action<T, int?>>()),
            (RecordValueKind.Int64, false) => new Int64(setter.CreateDelegate<Action<T, long>>()),
            (RecordValueKind.Int64, true) => new NullableInt64(setter.CreateDelegate<Action<T, long?>>()),
            (RecordValueKind.Boolean, false) => new Boolean(setter.CreateDelegate<Action<T, bool>>()),
            (RecordValueKind.Boolean, true) => new NullableBoolean(setter.CreateDelegate<Action<T, bool?>>()),
            (RecordValueKind.Double, false) => new Double(setter.CreateDelegate<Action<T, double>>()),
            (RecordValueKind.Double, true) => new NullableDouble(setter.CreateDelegate<Action<T, double?>>()),
            (RecordValueKind.Instant, false) => new Instant(setter.CreateDelegate<Action<T, DateTimeOffset>>()),
            (RecordValueKind.Instant, true) => new NullableInstant(setter.CreateDelegate<Action<T, DateTimeOffset?>>()),
            (RecordValueKind.Enum, false) when Enum.GetUnderlyingType(property.ValueType) == typeof(int) => new Int32(setter.CreateDelegate<Action<T, int>>()),
            _ => null,
        };
    }

    private sealed class Reference<TValue>(Action<T, TValue> set) : PropertyWriter<T> where TValue : class?
    {
        public override void Write(T record, DecodedValues values, int slot) => set(record, (TValue)values.References[slot]!);
    }

    private sealed class Int32(Action<T, int> set) : PropertyWriter<T>
    {
        public override void Write(T record, DecodedValues values, int slot) => set(record, (int)values.Numbers[slot]);
    }

    private sealed class NullableInt32(Action<T, int?> set) : PropertyWriter<T>
    {
        public override void Write(T record, DecodedValues values, int slot) => set(record, values.IsNull[slot] ? null : (int)values.Numbers[slot]);
    }

    private sealed class Int64(Action<T, long> set) : PropertyWriter<T>
    {
        public override void Write(T record, DecodedValues values, int slot) => set(record, values.Numbers[slot]);
    }

    private sealed class NullableInt64(Action<T, long?> set) : PropertyWriter<T>
    {
        public override void Write(T record, DecodedValues values, int slot) => set(record, values.IsNull[slot] ? null : values.Numbers[slot]);
    }

    private sealed class Boolean(Action<T, bool> set) : PropertyWriter<T>
    {
        public override void Write(T record, DecodedValues values, int slot) => set(record, values.Numbers[slot] != 0);
    }

    private sealed class NullableBoolean(Action<T, bool?> set) : PropertyWriter<T>
    {
        public override void Write(T record, DecodedValues values, int slot) => set(record, values.IsNull[slot] ? null : values.Numbers[slot] != 0);
    }

    private sealed class Double(Action<T, double> set) : PropertyWriter<T>
    {
        public override void Write(T record, DecodedValues values, int slot) => set(record, values.Doubles[slot]);
    }

    private sealed class NullableDouble(Action<T, double?> set) : PropertyWriter<T>
    {
        public override void Write(T record, DecodedValues values, int slot) => set(record, values.IsNull[slot] ? null : values.Doubles[slot]);
    }

    private sealed class Instant(Action<T, DateTimeOffset> set) : PropertyWriter<T>
    {
        public override void Write(T record, DecodedValues values, int slot) => set(record, values.Instants[slot]);
    }

    private sealed class NullableInstant(Action<T, DateTimeOffset?> set) : PropertyWriter<T>
    {
        public override void Write(T record, DecodedValues values, int slot) => set(record, values.IsNull[slot] ? null : values.Instants[slot]);
    }
}
