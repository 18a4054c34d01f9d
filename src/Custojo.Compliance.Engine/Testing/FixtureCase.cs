using System.Text.Json;
using System.Text.Json.Nodes;

namespace Custojo.Compliance.Engine.Testing;

/// <summary>
/// One fixture of a control: <c>&lt;section&gt;/tests/&lt;CONTROL-ID&gt;/&lt;case&gt;.json</c> holding a window,
/// optional parameter overrides, evidence records (a timeline) and the expected outcome.
/// </summary>
public sealed record FixtureCase
{
    public required string ControlId { get; init; }
    public required string Name { get; init; }
    /// <summary>Pack-relative path of the fixture file.</summary>
    public required string File { get; init; }
    public string Description { get; init; } = "";
    public required DateTimeOffset From { get; init; }
    public required DateTimeOffset To { get; init; }
    public required string TimeZone { get; init; }
    public required Dictionary<string, JsonElement> Parameters { get; init; }
    /// <summary>Evidence records with their <c>kind</c>, as they would be imported.</summary>
    public required IReadOnlyList<JsonObject> Evidence { get; init; }
    public required FixtureExpectation Expect { get; init; }
}
