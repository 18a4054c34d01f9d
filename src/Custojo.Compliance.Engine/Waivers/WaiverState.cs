namespace Custojo.Compliance.Engine.Waivers;

/// <summary>Where a waiver stands at the instant a run decides it.</summary>
public enum WaiverState
{
    /// <summary>In force and not close to expiry.</summary>
    Active,
    /// <summary>In force, but expiring within the configured warning period.</summary>
    ExpiringSoon,
    /// <summary>Past its expiry: never applied, and reported.</summary>
    Expired,
    /// <summary>Created after the instant the run is evaluated at (e.g. <c>check --as-of</c>): not applied.</summary>
    NotYetValid,
}
