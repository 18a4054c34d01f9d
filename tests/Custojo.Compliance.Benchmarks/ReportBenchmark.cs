using System.Diagnostics;
using Custojo.Compliance.Reporting;
using Custojo.Compliance.Reporting.Signing;
using Custojo.Compliance.Reporting.Tests.Fixtures;
using Custojo.Compliance.Reporting.Verification;

namespace Custojo.Compliance.Benchmarks;

/// <summary>
/// Figures for the report target: a run of 500 controls and 5,000 findings rendered in every format
/// with a signed PDF in under 3 s, peak working set under 300 MB, PDF under 5 MB. The first render
/// pays JIT (as a <c>custojo report</c> process does); the second shows the steady state.
/// </summary>
internal static class ReportBenchmark
{
    public static void Run(string folder, int controls, int findings)
    {
        var input = new ReportInput
        {
            Run = LargeRuns.Create(controls, findings),
            Requirements = SampleRuns.Requirements,
            History = SampleRuns.Input().History,
        };
        var signerFiles = DemoCertificate.Write(Path.Combine(folder, "signer"), "Benchmark", "benchmark", TimeProvider.System);
        using var signer = ReportSigner.FromPfx(signerFiles.PfxPath, "benchmark");
        Console.WriteLine($"run: {controls:N0} controls, {input.Run.Results.Sum(r => r.Findings.Count):N0} findings, {input.Run.Results.Sum(r => r.Evidence.Count + r.Findings.Sum(f => f.Evidence.Count)):N0} evidence references");

        using var process = Process.GetCurrentProcess();
        IReadOnlyList<WrittenReport> written = [];
        foreach (var pass in new[] { "first (cold)", "second (warm)" })
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            written = new ReportRenderer(TimeProvider.System).Render(input, Path.Combine(folder, "reports"), ReportFormats.All, signer);
            watch.Stop();
            process.Refresh();
            Console.WriteLine($"{pass} render, all {written.Count} formats, PDF signed: {watch.Elapsed.TotalSeconds:N2} s wall, {(process.TotalProcessorTime - cpu).TotalSeconds:N2} s CPU on {Environment.ProcessorCount} cores");
        }
        foreach (var report in written)
            Console.WriteLine($"  {ReportFormats.Name(report.Format),-6} {report.Length / 1048576.0,7:N2} MiB");

        var pdf = written.Single(w => w.Format == ReportFormat.Pdf).Path;
        var verify = Stopwatch.StartNew();
        var verification = ReportVerifier.Verify(pdf);
        verify.Stop();
        Console.WriteLine($"verify: {verify.Elapsed.TotalSeconds:N2} s, passed = {verification.Passed}");
        process.Refresh();
        Console.WriteLine($"peak working set: {process.PeakWorkingSet64 / 1048576.0:N0} MiB");
    }
}
