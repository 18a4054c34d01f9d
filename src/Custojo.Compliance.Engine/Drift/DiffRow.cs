namespace Custojo.Compliance.Engine.Drift;

/// <summary>One line of a diff as people read it (table and Markdown): the kind of change, the control, what and how it changed.</summary>
/// <param name="Change">new failure, resolved, still failing, outcome changed, added, removed, parameter, waiver added/removed/changed.</param>
/// <param name="What">The control's title, the parameter's name or the waiver's id.</param>
public sealed record DiffRow(string Change, string ControlId, string What, string Before, string After, bool Regression);
