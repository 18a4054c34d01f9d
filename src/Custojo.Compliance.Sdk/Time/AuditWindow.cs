using System.Globalization;

namespace Custojo.Compliance.Sdk.Time;

/// <summary>
/// The evaluation window <c>[From, To)</c> in UTC and the installation's time zone, used for calendar
/// questions ("every day", "every ISO week") and for showing times to people.
/// </summary>
public sealed record AuditWindow
{
    public AuditWindow(DateTimeOffset from, DateTimeOffset to, TimeZoneInfo zone)
    {
        if (to <= from) throw new ArgumentException($"The window end {to:O} must be after its start {from:O}.", nameof(to));
        From = from.ToUniversalTime();
        To = to.ToUniversalTime();
        Zone = zone;
    }

    public DateTimeOffset From { get; }
    public DateTimeOffset To { get; }
    public TimeZoneInfo Zone { get; }
    public TimeSpan Length => To - From;

    public bool Contains(DateTimeOffset instant) => instant >= From && instant < To;

    /// <summary>The instant shown in the installation's time zone.</summary>
    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>
    /// The instant as people read it in findings: local date and time in the window's zone with its UTC
    /// offset, which keeps the repeated hour of a fall-back day unambiguous: <c>2026-10-25 02:30 +01:00</c>.
    /// Seconds are shown only when not zero.
    /// </summary>
    public string Format(DateTimeOffset instant)
    {
        var local = Local(instant);
        var pattern = local.Second == 0 && local.Millisecond == 0 ? "yyyy-MM-dd HH:mm zzz" : "yyyy-MM-dd HH:mm:ss zzz";
        return local.ToString(pattern, CultureInfo.InvariantCulture);
    }
}
