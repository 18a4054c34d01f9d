using Custojo.Compliance.Analyzers.Controls;
using Microsoft.CodeAnalysis;

namespace Custojo.Compliance.Analyzers.Pack;

/// <summary>Reads the control declarations of a policy compilation (every tree, including <c>#load</c>-ed ones).</summary>
public static class PolicyControls
{
    public static IReadOnlyList<DeclaredControl> Read(Compilation compilation, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        if (SdkTypes.Resolve(compilation) is not { } sdk) return [];
        var controls = new List<DeclaredControl>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            // Ids are constants and calls are symbols: without nullable analysis this binding of the file costs far less.
#pragma warning disable RSEXPERIMENTAL001 // SemanticModelOptions is marked for evaluation (roslyn#70609).
            var model = compilation.GetSemanticModel(tree, SemanticModelOptions.DisableNullableAnalysis);
#pragma warning restore RSEXPERIMENTAL001
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
