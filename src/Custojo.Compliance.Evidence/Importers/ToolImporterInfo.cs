namespace Custojo.Compliance.Evidence.Importers;

/// <summary>A tool importer as <c>--help</c> and <c>evidence import --format</c> list it.</summary>
/// <param name="Name">The name given to <c>--format</c>, e.g. <c>restic</c>.</param>
/// <param name="Version">The importer's version, kept as provenance.</param>
/// <param name="Description">The tool output it reads and what it becomes.</param>
public sealed record ToolImporterInfo(string Name, string Version, string Description);
