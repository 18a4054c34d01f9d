namespace Custojo.Compliance.Engine.Tests.Guide;

/// <summary>One requirement of policies/guide/requirements.json.</summary>
internal sealed record CatalogueEntry(string Id, string Section, string Text);
