using System.Globalization;
using Custojo.Compliance.Engine.Workspace;

namespace Custojo.Compliance.Engine.Waivers;

/// <summary>
/// The rules a waiver must keep beyond its schema: it names a control of the pack, expires after it was
/// created and within the configured maximum duration, and its id is unique. Every problem is returned.
/// A null entry (a waiver that failed its schema) keeps its position but is not checked.
/// </summary>
public static class WaiverRules
{
    public static IReadOnlyList<WaiverProblem> Check(IReadOnlyList<Waiver?> waivers, IReadOnlySet<string> controlIds, WaiverConfig config)
    {
        var problems = new List<WaiverProblem>();
        var firstIndexOfId = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < waivers.Count; i++)
        {
            if (waivers[i] is not { } waiver) continue;
            if (!firstIndexOfId.TryAdd(waiver.Id, i))
                problems.Add(new(i, "id", $"duplicate id '{waiver.Id}' (also #/waivers/{firstIndexOfId[waiver.Id]}); give every waiver its own id"));
            if (!controlIds.Contains(waiver.ControlId))
                problems.Add(new(i, "controlId", $"unknown control '{waiver.ControlId}': the policy pack has no such control; see custojo policy list"));
            if (waiver.Expires <= waiver.Created)
                problems.Add(new(i, "expires", $"expires {Utc(waiver.Expires)} is not after created {Utc(waiver.Created)}"));
            else if (waiver.Expires - waiver.Created > TimeSpan.FromDays(config.MaxDurationDays))
                problems.Add(new(i, "expires", string.Create(CultureInfo.InvariantCulture,
                    $"the waiver lasts {(waiver.Expires - waiver.Created).TotalDays:0.#} days, longer than the {config.MaxDurationDays} days allowed (waivers.maxDurationDays of custojo.json); expire it by {Utc(waiver.Created.AddDays(config.MaxDurationDays))}")));
        }
        return problems;
    }

    private static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
