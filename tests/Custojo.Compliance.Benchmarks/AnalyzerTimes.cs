using System.Collections.Immutable;
using Custojo.Compliance.Analyzers;
using Custojo.Compliance.Analyzers.Banned;
using Custojo.Compliance.Engine.Compilation;
using Custojo.Compliance.Engine.Packs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Benchmarks;

/// <summary>
/// Where a lint's time goes, over every file of the pack on one thread with the JIT done: the compiler's own
/// diagnostics (binding every method body) against the analysis with every analyzer, with the banned-API analyzers
/// alone, with the others alone, and with each analyzer alone.
/// </summary>
internal static class AnalyzerTimes
{
    public static void Run(string policies)
    {
        var pack = PolicyPack.Load(policies);
        var factory = new PolicyCompilationFactory(pack.Root);
        var banned = PolicyAnalyzers.All.Where(a => a is BannedApiAnalyzer).ToImmutableArray();
        var others = PolicyAnalyzers.All.Where(a => a is not BannedApiAnalyzer).ToImmutableArray();
        TimeSpan Analyse(ImmutableArray<DiagnosticAnalyzer> analyzers) => CpuTime.Measure(null, () =>
        {
            foreach (var file in pack.Files)
            {
                var compilation = factory.Create(file.FullPath);
                if (analyzers.IsEmpty) compilation.GetDiagnostics();
                else compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, false, false, false))
                    .GetAllDiagnosticsAsync().GetAwaiter().GetResult();
            }
        });
        for (var round = 1; round <= 2; round++)
        {
            Console.WriteLine($"round {round} (CPU s over {pack.Files.Count} files)");
            Console.WriteLine($"  compiler only                 {Analyse([]).TotalSeconds,6:N2}");
            Console.WriteLine($"  every analyzer                {Analyse(PolicyAnalyzers.All).TotalSeconds,6:N2}");
            Console.WriteLine($"  banned-API analyzers ({banned.Length,2})      {Analyse(banned).TotalSeconds,6:N2}");
            Console.WriteLine($"  the other analyzers ({others.Length,2})       {Analyse(others).TotalSeconds,6:N2}");
            if (round == 2)
                foreach (var analyzer in PolicyAnalyzers.All)
                    Console.WriteLine($"  {analyzer.GetType().Name,-30}{Analyse([analyzer]).TotalSeconds,6:N2}");
        }
    }
}
