namespace Custojo.Compliance.Sdk.Querying;

/// <summary>
/// The values of one record read from JSON, by property position, before the record is built from them. Typed
/// slots keep numbers, flags and instants unboxed; one instance per thread and record type is reused.
/// </summary>
internal sealed class DecodedValues(int properties)
{
    /// <summary>Integers, enum values and booleans (0 or 1).</summary>
    public readonly long[] Numbers = new long[properties];
    public readonly double[] Doubles = new double[properties];
    public readonly DateTimeOffset[] Instants = new DateTimeOffset[properties];

    /// <summary>Strings and string lists.</summary>
    public readonly object?[] References = new object?[properties];

    /// <summary>The property was in the JSON (with a value or null).</summary>
    public readonly bool[] Present = new bool[properties];

    /// <summary>The property was in the JSON as null.</summary>
    public readonly bool[] IsNull = new bool[properties];

    public void Clear()
    {
        Array.Clear(Present);
        Array.Clear(References);
    }
}
