namespace Custojo.Compliance.Engine.Waivers;

/// <summary>
/// The waivers a run considered and the instant and warning period their states were decided with;
/// stored with the run so that a replay re-applies exactly them.
/// </summary>
public sealed record WaiverSet
{
    public static WaiverSet None { get; } = new() { Items = [], DecidedAt = DateTimeOffset.UnixEpoch, WarnWithinDays = 0 };

    public required IReadOnlyList<Waiver> Items { get; init; }
    /// <summary>The instant expiry is judged at: the check's as-of instant, or the clock when the run started.</summary>
    public required DateTimeOffset DecidedAt { get; init; }
    public required int WarnWithinDays { get; init; }
}
