using System.Reflection;
using Custojo.Compliance.Sdk.Controls;

namespace Custojo.Compliance.Engine.Loading;

/// <summary>Loads a compiled policy into a load context and runs its top level, which declares its controls.</summary>
internal static class PolicyRunner
{
    public static IReadOnlyList<ControlDefinition> Declare(CompiledPolicy policy, PolicyLoadContext context)
    {
        using var image = new MemoryStream(policy.Image, writable: false);
        var assembly = context.LoadFromStream(image);
        var type = assembly.GetType(policy.EntryType, throwOnError: true)!;
        var factory = type.GetMethod(policy.EntryMethod, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{policy.File.RelativePath}: the compiled script has no entry method {policy.EntryMethod}.");
        var globals = new PolicyGlobals();
        // Slot 0 holds the globals, slot 1 the submission itself (Roslyn's script calling convention).
        var submission = (Task)factory.Invoke(null, [new object?[] { globals, null }])!;
        submission.GetAwaiter().GetResult();
        return globals.Build();
    }
}
