namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>
/// Marks a record type as an evidence kind. The record type is the one source of truth: the kind's
/// JSON Schema is generated from it.
/// </summary>
/// <param name="name">The kind's name in files and queries, kebab-case, e.g. <c>backup-run</c>.</param>
/// <param name="timeProperty">The JSON name of the property that places the record in time (the observed-at).</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EvidenceKindAttribute(string name, string timeProperty) : Attribute
{
    public string Name { get; } = name;
    public string TimeProperty { get; } = timeProperty;

    /// <summary>The JSON name of the property naming what the record is about (host, user, database...), if any.</summary>
    public string? SubjectProperty { get; init; }

    /// <summary>
    /// JSON names of properties the store indexes for this kind, so that a query matching one of them
    /// (<see cref="Match{T}"/>) reads only the records it keeps. Worth it for a large kind whose controls need a
    /// small part of it, such as the failed login attempts; each index costs the import some time and the store
    /// some space.
    /// </summary>
    public string[] IndexedProperties { get; init; } = [];

    /// <summary>One sentence: what the record proves and where it usually comes from.</summary>
    public string Description { get; init; } = "";
}
