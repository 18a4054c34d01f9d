namespace Custojo.Compliance.Sdk.Results;

/// <summary>The verdict of one control over one audit window.</summary>
public enum Outcome
{
    /// <summary>The evidence shows the requirement was met.</summary>
    Pass,
    /// <summary>The evidence shows the requirement was not met.</summary>
    Fail,
    /// <summary>The requirement does not apply to this installation in this window.</summary>
    NotApplicable,
    /// <summary>The evidence the control needs is absent or stale: never silently a pass.</summary>
    NoEvidence,
    /// <summary>Set by the engine: the control could not be evaluated (diagnostic, exception, timeout).</summary>
    Error,
    /// <summary>Set by the engine: a valid waiver covers the control; the underlying outcome stays visible.</summary>
    Waived,
}
