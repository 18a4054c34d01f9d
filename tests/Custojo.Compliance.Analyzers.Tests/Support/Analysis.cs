using System.Collections.Immutable;
using Custojo.Compliance.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Analyzers.Tests.Support;

/// <summary>Runs the policy analyzers on a compilation, e.g. a factory-built one with extra IDE references.</summary>
internal static class Analysis
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> Ide = new(() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "ide-refs"), "*.dll").Order(StringComparer.Ordinal).Select(p => MetadataReference.CreateFromFile(p))]);

    /// <summary>Reference assemblies the engine leaves out (console, processes, network, threads...), as an IDE would offer them.</summary>
    public static IReadOnlyList<MetadataReference> IdeReferences => Ide.Value;

    public static ImmutableArray<Diagnostic> Run(CSharpCompilation compilation, params AdditionalText[] additionalFiles) =>
        compilation.WithAnalyzers(PolicyAnalyzers.All, new AnalyzerOptions([.. additionalFiles]))
            .GetAllDiagnosticsAsync().GetAwaiter().GetResult()
            .Where(d => d.Severity != DiagnosticSeverity.Hidden)
            .ToImmutableArray();

    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => d.ToString()));
}
