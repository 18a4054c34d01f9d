using System.Globalization;

namespace Custojo.Compliance.Engine.Waivers;

/// <summary>Warnings a check prints for the waivers it considered: expired ones (not applied) and ones expiring soon.</summary>
public static class WaiverWarnings
{
    public static IReadOnlyList<string> For(WaiverSet set, TimeZoneInfo zone)
    {
        var warnings = new List<string>();
        foreach (var waiver in set.Items.OrderBy(w => w.Expires).ThenBy(w => w.Id, StringComparer.Ordinal))
        {
            var state = WaiverApplication.StateOf(waiver, set.DecidedAt, set.WarnWithinDays);
            if (state == WaiverState.Expired)
                warnings.Add($"waiver {waiver.Id} for {waiver.ControlId} expired {WaiverText.Local(waiver.Expires, zone)} and was not applied; renew it (custojo waiver add) or fix the control.");
            else if (state == WaiverState.ExpiringSoon)
                warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"waiver {waiver.Id} for {waiver.ControlId} expires {WaiverText.Local(waiver.Expires, zone)}, in {DaysLeft(waiver, set.DecidedAt)} day(s) (warning period {set.WarnWithinDays} days)."));
        }
        return warnings;
    }

    /// <summary>Whole days from <paramref name="at"/> until the waiver expires, rounded up; 0 once expired.</summary>
    public static int DaysLeft(Waiver waiver, DateTimeOffset at) =>
        waiver.Expires <= at ? 0 : (int)Math.Ceiling((waiver.Expires - at).TotalDays);
}
