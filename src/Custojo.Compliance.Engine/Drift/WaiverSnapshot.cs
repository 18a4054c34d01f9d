using System.Text.Json;
using Custojo.Compliance.Engine.Waivers;

namespace Custojo.Compliance.Engine.Drift;

/// <summary>A waiver's status in one run, as a diff compares it.</summary>
/// <param name="State">As every output spells it: <c>active</c>, <c>expiring-soon</c>, <c>expired</c>, <c>not-yet-valid</c>.</param>
public sealed record WaiverSnapshot(string Id, string State, bool Applied)
{
    public static WaiverSnapshot Of(WaiverStatus status) =>
        new(status.Waiver.Id, JsonNamingPolicy.KebabCaseLower.ConvertName(status.State.ToString()), status.Applied);
}
