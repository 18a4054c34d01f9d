namespace Custojo.Compliance.Engine.Packs;

/// <summary>One requirement of the guide in the pack's catalogue (guide/requirements.json).</summary>
public sealed record Requirement(string Id, string Section, string Text);
