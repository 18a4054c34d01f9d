namespace Custojo.Compliance.Engine.Evaluation;

/// <summary>
/// Which controls a run evaluates: by id, tag or section folder (any match selects; empty = all).
/// Files that cannot hold a selected control are neither compiled nor run.
/// </summary>
public sealed record ControlSelection(IReadOnlyList<string> ControlIds, IReadOnlyList<string> Tags, IReadOnlyList<string> Sections)
{
    public static ControlSelection All { get; } = new([], [], []);

    public bool IsAll => ControlIds.Count == 0 && Tags.Count == 0 && Sections.Count == 0;

    internal bool SelectsFile(string section, IEnumerable<(string Id, IReadOnlyList<string> Tags)> declared) =>
        IsAll
        || Sections.Contains(section, StringComparer.OrdinalIgnoreCase)
        || declared.Any(c => Selects(c.Id, c.Tags, section));

    internal bool Selects(string controlId, IReadOnlyList<string> tags, string section) =>
        IsAll
        || ControlIds.Contains(controlId, StringComparer.OrdinalIgnoreCase)
        || tags.Any(t => Tags.Contains(t, StringComparer.OrdinalIgnoreCase))
        || Sections.Contains(section, StringComparer.OrdinalIgnoreCase);
}
