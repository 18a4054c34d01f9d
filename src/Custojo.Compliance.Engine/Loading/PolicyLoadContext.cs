using System.Reflection;
using System.Runtime.Loader;

namespace Custojo.Compliance.Engine.Loading;

/// <summary>
/// A collectible load context for one run's policy assemblies, so they can be unloaded
/// (running scripts in a loop otherwise leaks assemblies: roslyn#41722). The Sdk and the framework
/// resolve from the default context, so policies and engine share the Sdk's types.
/// </summary>
internal sealed class PolicyLoadContext() : AssemblyLoadContext("custojo-policies", isCollectible: true)
{
    protected override Assembly? Load(AssemblyName assemblyName) => null;
}
