using System.Globalization;
using Custojo.Compliance.Engine.Runs;

namespace Custojo.Compliance.Engine.Waivers;

/// <summary>
/// The one sentence every output (table, JSON, JUnit, SARIF, Markdown, CSV, OSCAL, PDF) shows for a waiver's
/// status, so they cannot disagree: <c>fail — waived by Dana Ops until 2027-01-01 00:00 +01:00, CHG-1</c>, or
/// <c>fail — waiver WVR-0002 expired 2026-11-01 00:00 +01:00, not applied</c>. It depends only on the waiver,
/// its state and the underlying outcome, never on the clock, so the same run renders the same text.
/// </summary>
public static class WaiverText
{
    public static string Describe(WaiverStatus status, TimeZoneInfo zone)
    {
        var waiver = status.Waiver;
        var underlying = OutcomeSpelling.Name(status.UnderlyingOutcome);
        if (status.Applied)
        {
            var ticket = waiver.Ticket is { } t ? $", {t}" : "";
            var soon = status.State == WaiverState.ExpiringSoon ? " (expiring soon)" : "";
            return $"{underlying} — waived by {waiver.Approver} until {Local(waiver.Expires, zone)}{ticket}{soon}";
        }
        return status.State switch
        {
            WaiverState.Expired => $"{underlying} — waiver {waiver.Id} expired {Local(waiver.Expires, zone)}, not applied",
            WaiverState.NotYetValid => $"{underlying} — waiver {waiver.Id} not yet valid (created {Local(waiver.Created, zone)}), not applied",
            _ => $"{underlying} — waiver {waiver.Id} not applied: {status.NotAppliedBecause}",
        };
    }

    /// <summary>The state's name in every output: active, expiring-soon, expired, not-yet-valid.</summary>
    public static string StateName(WaiverState state) => state switch
    {
        WaiverState.Active => "active",
        WaiverState.ExpiringSoon => "expiring-soon",
        WaiverState.Expired => "expired",
        WaiverState.NotYetValid => "not-yet-valid",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown waiver state."),
    };

    /// <summary>An instant in the installation's zone with its offset, as reports show times: <c>2026-12-31 23:00 +01:00</c>.</summary>
    public static string Local(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var format = local.Second == 0 && local.Millisecond == 0 ? "yyyy-MM-dd HH:mm zzz" : "yyyy-MM-dd HH:mm:ss zzz";
        return local.ToString(format, CultureInfo.InvariantCulture);
    }
}
