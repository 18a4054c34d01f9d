using Microsoft.CodeAnalysis;

namespace Custojo.Compliance.Analyzers.Pack;

/// <summary>
/// What the pack-level rules need to know of one control declaration: its id (null when not a constant),
/// where it is declared, and the requirement ids it implements (constants only).
/// </summary>
public sealed record DeclaredControl(string? Id, Location Location, IReadOnlyList<string> Requirements);
