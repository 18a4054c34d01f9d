namespace Custojo.Compliance.Reporting.Model;

/// <summary>
/// One requirement of the System Maintenance Guide, as listed in the pack's requirement catalogue
/// (<c>policies/guide/requirements.json</c>): its stable id, guide section path and exact text.
/// </summary>
public sealed record GuideRequirement(string Id, string Section, string Text);
