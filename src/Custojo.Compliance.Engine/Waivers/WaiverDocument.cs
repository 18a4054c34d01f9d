using System.Text.Json.Serialization;

namespace Custojo.Compliance.Engine.Waivers;

/// <summary>The shape of <c>waivers.json</c>, for reading it once it has passed its schema.</summary>
internal sealed record WaiverDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }
    public required IReadOnlyList<Waiver> Waivers { get; init; }
}
