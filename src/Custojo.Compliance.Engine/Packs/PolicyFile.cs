namespace Custojo.Compliance.Engine.Packs;

/// <summary>A policy script of a pack: <c>&lt;section&gt;/&lt;name&gt;.csx</c>.</summary>
/// <param name="RelativePath">Pack-relative path with '/' separators, e.g. <c>backup/database.csx</c>.</param>
/// <param name="FullPath">Absolute path on disk.</param>
/// <param name="Section">The section folder, e.g. <c>backup</c>.</param>
public sealed record PolicyFile(string RelativePath, string FullPath, string Section);
