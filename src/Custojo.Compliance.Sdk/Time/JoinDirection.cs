namespace Custojo.Compliance.Sdk.Time;

/// <summary>Where the matching event must lie relative to the event that needs it.</summary>
public enum JoinDirection
{
    /// <summary>The match must come before the event (at most the allowed time earlier, the same instant counts).</summary>
    PrecededBy,
    /// <summary>The match must come after the event (at most the allowed time later, the same instant counts).</summary>
    FollowedBy,
}
