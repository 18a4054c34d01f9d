namespace Custojo.Compliance.Sdk.Time;

/// <summary>Checks that a sequence arrives in time order, as evidence queries stream it.</summary>
internal static class TimeOrder
{
    /// <summary>Throws when <paramref name="current"/> is earlier than <paramref name="previous"/>.</summary>
    public static void Ensure(DateTimeOffset? previous, DateTimeOffset current, string parameterName)
    {
        if (previous is { } p && current < p)
            throw new ArgumentException(
                $"Events must be in time order, but {current:O} came after {p:O}. Pass evidence as the Sdk's queries stream it, or sort it first with OrderBy(e => e.At).",
                parameterName);
    }
}
