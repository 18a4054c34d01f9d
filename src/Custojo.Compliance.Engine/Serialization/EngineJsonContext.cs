using System.Text.Json.Serialization;
using Custojo.Compliance.Engine.Packs;
using Custojo.Compliance.Engine.Runs;

namespace Custojo.Compliance.Engine.Serialization;

/// <summary>
/// Compile-time JSON metadata of what the engine reads and writes on every check (the catalogue,
/// the run as it is written), so a process does not build it by reflection first; that was a good part of a
/// one-control check. Property names are camelCase as everywhere in the engine's JSON. Not for reading types
/// whose init-only properties have initializers (the configuration, the manifest, runs): generated code sets
/// a property missing from the JSON to its default instead of keeping the initializer's value.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(List<Requirement>))]
[JsonSerializable(typeof(RunResult))]
internal sealed partial class EngineJsonContext : JsonSerializerContext;
