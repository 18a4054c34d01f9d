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
}
