using Custojo.Compliance.Analyzers.Controls;
using Microsoft.CodeAnalysis;

namespace Custojo.Compliance.Analyzers.Pack;

/// <summary>Reads the control declarations of a policy compilation (every tree, including <c>#load</c>-ed ones).</summary>
public static class PolicyControls
{
    /// <summary>
    /// Reads the declarations through <paramref name="models"/>, one per tree: best the models an analysis bound already
    /// (they may belong to the analysis's copy of the compilation, whose Sdk symbols, read from the same references, are
    /// the ones <paramref name="compilation"/> has); a model that skips nullable analysis binds a file for far less.
    /// </summary>
    public static IReadOnlyList<DeclaredControl> Read(Compilation compilation, Func<SyntaxTree, SemanticModel> models, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(models);
        if (SdkTypes.Resolve(compilation) is not { } sdk) return [];
        var controls = new List<DeclaredControl>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = models(tree);
            foreach (var chain in ControlChainReader.Read(model, sdk, cancellation))
            {
                var requirements = chain.CallsTo("Implements")
                    .SelectMany(c => c.Arguments)
                    .Select(a => ControlChainReader.ConstantString(model, a, cancellation))
                    .OfType<string>()
                    .Where(id => id.Length > 0)
                    .ToList();
                controls.Add(new DeclaredControl(chain.Id is { Length: > 0 } ? chain.Id : null, chain.Location, requirements));
            }
        }

        return controls;
    }
}
