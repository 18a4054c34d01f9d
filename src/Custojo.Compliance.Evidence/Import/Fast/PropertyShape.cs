using System.Collections.Frozen;
using NJsonSchema;

namespace Custojo.Compliance.Evidence.Import.Fast;

/// <summary>What one property of a kind's schema allows, in the subset of JSON Schema the fast path understands.</summary>
internal sealed record PropertyShape(JsonObjectType Types, FrozenSet<string>? Enum, bool IsDateTime, decimal? Minimum, decimal? Maximum)
{
    public bool Allows(JsonObjectType type) => (Types & type) == type;

    public bool InRange(long value) => (Minimum is not { } min || value >= min) && (Maximum is not { } max || value <= max);

    public bool InRange(double value) => (Minimum is not { } min || value >= (double)min) && (Maximum is not { } max || value <= (double)max);
}
