using System.Security.Cryptography;
using System.Text;
using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Evidence.Demo;

/// <summary>
/// The demo installation's history: every <see cref="IDemoTimeline"/> of this assembly, each with its own
/// random source derived from the seed and its type name, so adding a timeline never changes another's output.
/// </summary>
public static class DemoHistory
{
    private static readonly Lazy<IReadOnlyList<IDemoTimeline>> AllTimelines = new(() =>
        [.. typeof(DemoHistory).Assembly.GetTypes()
            .Where(t => typeof(IDemoTimeline).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IDemoTimeline)Activator.CreateInstance(t, nonPublic: true)!)]);

    public static IReadOnlyList<IDemoTimeline> Timelines => AllTimelines.Value;

    /// <summary>Every violation planted in the demo history, ordered by control id.</summary>
    public static IReadOnlyList<PlantedViolation> Planted =>
        [.. Timelines.SelectMany(t => t.Planted).OrderBy(p => p.ControlId, StringComparer.Ordinal)];

    /// <summary>The history of <c>[from, to)</c>, each timeline's records in time order, timelines in name order.</summary>
    public static IEnumerable<EvidenceRecord> Generate(DateTimeOffset from, DateTimeOffset to, TimeZoneInfo zone, int scale, int seed)
    {
        var installation = DemoInstallation.ForScale(scale);
        foreach (var timeline in Timelines)
        {
            var context = new DemoContext(from, to, zone, scale, installation, new Random(SeedFor(seed, timeline.GetType().FullName!)));
            foreach (var record in timeline.Generate(context))
                yield return record;
        }
    }

    private static int SeedFor(int seed, string name) =>
        BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}:{name}")), 0);
}
