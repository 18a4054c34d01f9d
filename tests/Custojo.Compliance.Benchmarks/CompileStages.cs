using Custojo.Compliance.Engine.Compilation;
using Custojo.Compliance.Engine.Evaluation;
using Custojo.Compliance.Engine.Linting;
using Custojo.Compliance.Engine.Loading;
using Custojo.Compliance.Engine.Packs;

namespace Custojo.Compliance.Benchmarks;

/// <summary>
/// Where a cold compile of a pack goes: the lint of the whole pack and a cold compile of every file (no cache,
/// in parallel by the code <c>custojo check --no-cache</c> compiles with), each as the first thing the process does (so it
/// pays JIT as the CLI does), then the compile stages of every file on one thread (warm) as a check compiles it
/// (without nullable analysis, unlike the lint): analysis, guard rewrite, emit.
/// </summary>
internal static class CompileStages
{
    public static void Run(string policies, string first)
    {
        var pack = PolicyPack.Load(policies);
        Console.WriteLine($"pack: {pack.Files.Count} policy files; {Environment.ProcessorCount} cores, load {Load()}");
        if (first == "compile")
        {
            CpuTime.Measure("cold compile, every file, parallel", () => ColdCompile(pack));
            CpuTime.Measure("lint (analysis of the pack)", () => new PolicyAnalysis(pack.Root).AnalysePack());
        }
        else
        {
            CpuTime.Measure("lint (analysis of the pack)", () => new PolicyAnalysis(pack.Root).AnalysePack());
            CpuTime.Measure("cold compile, every file, parallel", () => ColdCompile(pack));
        }

        CpuTime.Measure("lint again (JIT done)", () => new PolicyAnalysis(pack.Root).AnalysePack());
        CpuTime.Measure("cold compile again (JIT done)", () => ColdCompile(pack));

        var factory = new PolicyCompilationFactory(pack.Root, forRun: true);
        var analysis = new PolicyAnalysis(factory);
        var analysed = new List<FileAnalysis>();
        var rewritten = new List<Microsoft.CodeAnalysis.CSharp.CSharpCompilation>();
        Console.WriteLine("one thread, every file, compiled as a check compiles it:");
        CpuTime.Measure("  analysis", () => analysed.AddRange(pack.Files.Select(f => analysis.AnalyseFile(f.FullPath))));
        CpuTime.Measure("  guard rewrite", () => rewritten.AddRange(analysed.Select(a => factory.WithGuards(a.Compilation, a.ModelOf))));
        CpuTime.Measure("  emit", () =>
        {
            foreach (var compilation in rewritten)
            {
                using var image = new MemoryStream();
                if (!compilation.Emit(image).Success) throw new InvalidOperationException($"{compilation.AssemblyName} does not emit.");
            }
        });
    }

    private static void ColdCompile(PolicyPack pack)
    {
        var compiled = PackEvaluator.Compile(new PolicyCompiler(pack, cache: null), [.. pack.Files], Environment.ProcessorCount, holdCollector: true, progress: null);
        var failed = compiled.Values.Count(r => r.Policy is null);
        if (failed > 0) throw new InvalidOperationException($"{failed} policy file(s) do not compile; run custojo policy lint.");
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
