namespace Custojo.Compliance.Engine.Drift;

/// <summary>
/// The waiver of a control evaluated in both runs, before and after. A control named by another waiver id
/// than before is a removal of the old one and an addition of the new one.
/// </summary>
public sealed record WaiverChange(string ControlId, WaiverChangeKind Kind, WaiverSnapshot? Before, WaiverSnapshot? After);
