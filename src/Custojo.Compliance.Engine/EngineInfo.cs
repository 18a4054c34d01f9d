using System.Reflection;

namespace Custojo.Compliance.Engine;

/// <summary>Identity of this engine build, recorded in every run and report.</summary>
public static class EngineInfo
{
    public static string Version { get; } =
        typeof(EngineInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(EngineInfo).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";
}
