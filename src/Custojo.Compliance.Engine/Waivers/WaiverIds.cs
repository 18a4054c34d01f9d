using System.Globalization;

namespace Custojo.Compliance.Engine.Waivers;

/// <summary>Waiver ids assigned by <c>waiver add</c>: WVR-0001, WVR-0002, … one above the highest in the file.</summary>
public static class WaiverIds
{
    public const string Prefix = "WVR-";

    public static string Next(IEnumerable<Waiver> existing)
    {
        var highest = existing
            .Select(w => w.Id.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
                && int.TryParse(w.Id.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0)
            .Max();
        return Prefix + (highest + 1).ToString("D4", CultureInfo.InvariantCulture);
    }
}
