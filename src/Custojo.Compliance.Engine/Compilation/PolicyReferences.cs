using System.Collections.Immutable;
using Custojo.Compliance.Sdk.Controls;
using Microsoft.CodeAnalysis;

namespace Custojo.Compliance.Engine.Compilation;

/// <summary>
/// The fixed reference set of every policy: the reference assemblies a policy needs (copied at build time
/// from the .NET targeting pack into <c>policy-refs/</c> beside the engine) plus the Sdk. Deliberately absent:
/// System.Console, System.Net.*, System.Diagnostics.Process, System.Threading.Thread, System.IO.FileSystem,
/// System.Linq.Expressions, Microsoft.CSharp (dynamic) — a policy using them does not even compile.
/// </summary>
internal static class PolicyReferences
{
    /// <summary>The folder, beside the engine assembly, holding the reference assemblies.</summary>
    public const string FolderName = "policy-refs";

    /// <summary>The reference assemblies, by file name without extension (see the Engine's project file).</summary>
    public static readonly ImmutableArray<string> AssemblyNames =
        ["System.Runtime", "System.Collections", "System.Linq", "System.Memory", "System.Text.RegularExpressions"];

    private static readonly Lazy<IReadOnlyList<string>> LocatedFiles = new(Locate);
    private static readonly Lazy<ImmutableArray<MetadataReference>> Loaded = new(Load);

    public static ImmutableArray<MetadataReference> All => Loaded.Value;

    /// <summary>The folder the references are read from.</summary>
    public static string Folder =>
        Path.Combine(Path.GetDirectoryName(typeof(PolicyReferences).Assembly.Location) is { Length: > 0 } directory ? directory : AppContext.BaseDirectory, FolderName);

    /// <summary>The files of the references, in reference order; throws when one is missing.</summary>
    public static IReadOnlyList<string> Files => LocatedFiles.Value;

    private static IReadOnlyList<string> Locate()
    {
        var folder = Folder;
        var missing = AssemblyNames.Where(name => !File.Exists(Path.Combine(folder, name + ".dll"))).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The policy reference assemblies are missing from '{folder}' ({string.Join(", ", missing.Select(m => m + ".dll"))}). " +
                "They are copied there when Custojo.Compliance.Engine is built; rebuild it (dotnet build) or reinstall custojo.");
        }

        var sdk = typeof(PolicyGlobals).Assembly.Location;
        if (sdk.Length == 0 || !File.Exists(sdk))
        {
            throw new InvalidOperationException(
                "The Custojo Sdk assembly has no file on disk (single-file publishing?), so policies cannot reference it. Publish custojo without PublishSingleFile.");
        }

        return [.. AssemblyNames.Select(name => Path.Combine(folder, name + ".dll")), sdk];
    }

    private static ImmutableArray<MetadataReference> Load() => [.. Files.Select(file => (MetadataReference)MetadataReference.CreateFromFile(file))];
}
