using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Custojo.Compliance.Engine.Serialization;

/// <summary>Options whose metadata comes from <see cref="EngineJsonContext"/>, falling back to reflection for any type it lacks.</summary>
internal static class EngineJson
{
    /// <summary>camelCase, the contract of the engine's own files (caches, timings).</summary>
    public static JsonSerializerOptions Files { get; } = With(new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase });

    /// <summary>Returns <paramref name="options"/> resolving metadata from <see cref="EngineJsonContext"/> first, made read-only.</summary>
    public static JsonSerializerOptions With(JsonSerializerOptions options)
    {
        options.TypeInfoResolver = JsonTypeInfoResolver.Combine(EngineJsonContext.Default, new DefaultJsonTypeInfoResolver());
        options.MakeReadOnly();
        return options;
    }
}
