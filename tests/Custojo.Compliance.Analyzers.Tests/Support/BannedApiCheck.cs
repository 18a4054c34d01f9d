using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Custojo.Compliance.Analyzers.Tests.Support;

/// <summary>Analyses a snippet compiled by the engine's factory, with IDE references added so every banned API binds.</summary>
internal static class BannedApiCheck
{
    public static ImmutableArray<Diagnostic> Diagnostics(string source)
    {
        using var pack = new TestPack();
        pack.Write("test/snippet.csx", source);
        var compilation = pack.Factory.Create("test/snippet.csx").AddReferences(Analysis.IdeReferences);
        return [.. Analysis.Run(compilation).Where(d => d.Id.StartsWith("CJ00", StringComparison.Ordinal))];
    }
}
