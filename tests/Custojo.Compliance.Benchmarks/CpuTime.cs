using System.Diagnostics;

namespace Custojo.Compliance.Benchmarks;

/// <summary>Wall and CPU time of one piece of work in this process, the JIT compilation and the collections it caused.</summary>
internal static class CpuTime
{
    /// <summary>Runs <paramref name="action"/>, prints wall and CPU time when <paramref name="label"/> is given, returns the CPU time.</summary>
    public static TimeSpan Measure(string? label, Action action)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var (methods, jit) = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
        var (collections, paused, allocated) = (GC.CollectionCount(0), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
        var watch = Stopwatch.StartNew();
        action();
        process.Refresh();
        var used = process.TotalProcessorTime - cpu;
        if (label is not null)
            Console.WriteLine($"{label,-40} {watch.Elapsed.TotalSeconds,6:N3} s wall {used.TotalSeconds,6:N2} s CPU" +
                $"   JIT {System.Runtime.JitInfo.GetCompiledMethodCount() - methods,6:N0} methods {(System.Runtime.JitInfo.GetCompilationTime() - jit).TotalSeconds,5:N2} s" +
                $"   GC {GC.CollectionCount(0) - collections,4} ({(GC.GetTotalPauseDuration() - paused).TotalSeconds:N2} s paused, {(GC.GetTotalAllocatedBytes() - allocated) / (1 << 20):N0} MiB allocated)");
        return used;
    }
}
