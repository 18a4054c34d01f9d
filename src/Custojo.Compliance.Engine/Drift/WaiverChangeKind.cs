namespace Custojo.Compliance.Engine.Drift;

/// <summary>How the waiver naming a control differs between two runs.</summary>
public enum WaiverChangeKind
{
    /// <summary>No waiver named the control before; one does now.</summary>
    Added,
    /// <summary>A waiver named the control before; none does now.</summary>
    Removed,
    /// <summary>The same waiver, with another state or applied where it was not (or the reverse).</summary>
    Changed,
}
