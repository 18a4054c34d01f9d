using Microsoft.CodeAnalysis;

namespace Custojo.Compliance.Analyzers.Catalogue;

/// <summary>Something wrong with the catalogue file, and where.</summary>
public sealed record CatalogueProblem(string Message, Location Location);
