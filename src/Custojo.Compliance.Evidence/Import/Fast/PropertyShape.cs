using System.Collections.Frozen;
using NJsonSchema;

namespace Custojo.Compliance.Evidence.Import.Fast;

/// <summary>What one property of a kind's schema allows, in the subset of JSON Schema the fast path understands.</summary>
internal sealed record PropertyShape(JsonObjectType Types, FrozenSet<string>? Enum, bool IsDateTime, decimal? Minimum, decimal? Maximum)
{
    private readonly byte[][]? _enumUtf8 = Enum?.Select(System.Text.Encoding.UTF8.GetBytes).ToArray();

    public bool Allows(JsonObjectType type) => (Types & type) == type;

    /// <summary>Whether the enum lists the string whose UTF-8 (unescaped) is <paramref name="utf8"/>.</summary>
    public bool EnumContains(ReadOnlySpan<byte> utf8)
    {
        foreach (var value in _enumUtf8!)
            if (utf8.SequenceEqual(value)) return true;
        return false;
    }

    public bool InRange(long value) => (Minimum is not { } min || value >= min) && (Maximum is not { } max || value <= max);

    public bool InRange(double value) => (Minimum is not { } min || value >= (double)min) && (Maximum is not { } max || value <= (double)max);
}
