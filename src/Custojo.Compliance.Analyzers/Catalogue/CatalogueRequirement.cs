using Microsoft.CodeAnalysis;

namespace Custojo.Compliance.Analyzers.Catalogue;

/// <summary>One requirement of the guide's catalogue: its id and where the id is written in the catalogue file.</summary>
public sealed record CatalogueRequirement(string Id, Location Location);
