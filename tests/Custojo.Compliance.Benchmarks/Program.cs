using System.Diagnostics;
using System.Globalization;
using Custojo.Compliance.Benchmarks;
using Custojo.Compliance.Evidence;

// Prints the figures of the evidence store's performance targets. Not a test: timings depend on the machine.
//   import [--records N | --size-mb N]   NDJSON login attempts: records/s and peak working set (target >= 100,000/s, < 300 MB for 1 GB)
//   logins FILE [--records N]            writes the import's NDJSON login attempts to FILE, to import through the CLI (bench-cli.sh)
//   verify [--records N]                 verify over N records (default 1,000,000; target < 5 s)
//   stages [--records N]                 CPU per record of each import stage on one thread
//   check WORKSPACE POLICIES [--days N]  where a warm check's CPU goes: per control (one thread) and rows per evidence kind
//   report [--controls N] [--findings N] every report format + signed PDF (default 500 / 5,000; target < 3 s, < 300 MB, PDF < 5 MB)
//   reads DATABASE KIND|all             what reading one kind costs a check, stage by stage (all: each kind's first-use cost)
//   compile POLICIES [--compile-first]   wall and CPU of a lint and of a cold compile of the pack, then the compile stages on one thread
//   evaluate WORKSPACE [--policies DIR] [--controls ID] [--days N]  the evaluation phase of a check alone in this process (pack or one control; target: one < 1/10)
var command = args.FirstOrDefault() ?? "";
long? Option(string name) =>
    Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? long.Parse(args[at + 1], CultureInfo.InvariantCulture) : null;

string? Text(string name) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;

var folder = Path.Combine(Path.GetTempPath(), "custojo-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
Directory.CreateDirectory(folder);
try
{
    switch (command)
    {
        case "import":
            Import(folder, Option("--records"), Option("--size-mb"));
            return 0;
        case "logins":
            Console.WriteLine($"wrote {LoginAttempts.Write(args[1], Option("--records") ?? 1_000_000, null):N0} login attempts to {args[1]}");
            return 0;
        case "stages":
            Stages.Run((int)(Option("--records") ?? 100_000));
            Stages.Insert(folder, (int)(Option("--records") ?? 100_000));
            return 0;
        case "verify":
            Verify(folder, Option("--records") ?? 1_000_000);
            return 0;
        case "check":
            CheckStages.Run(args[1], args[2], (int)(Option("--days") ?? 90));
            return 0;
        case "reads":
            ReadStages.Run(args[1], args[2]);
            return 0;
        case "compile":
            CompileStages.Run(args[1], args.Contains("--compile-first") ? "compile" : "lint");
            return 0;
        case "evaluate":
            EvaluationPhase.Run(args[1], Text("--policies"), Text("--controls")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [], (int)(Option("--days") ?? 90));
            return 0;
        case "decode":
            DecodeStages.Run((int)(Option("--records") ?? 2_000_000));
            return 0;
        case "analyzers":
            AnalyzerTimes.Run(args[1]);
            return 0;
        case "report":
            ReportBenchmark.Run(folder, (int)(Option("--controls") ?? 500), (int)(Option("--findings") ?? 5_000));
            return 0;
        default:
            Console.Error.WriteLine("usage: import [--records N | --size-mb N] | logins FILE [--records N] | verify [--records N] | stages [--records N] | check WORKSPACE POLICIES [--days N] | reads DATABASE KIND|all | report [--controls N] [--findings N] | compile POLICIES [--compile-first] | evaluate WORKSPACE [--policies DIR] [--controls ID] [--days N] | analyzers POLICIES | decode [--records N]");
            return 2;
    }
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}

static void Import(string folder, long? records, long? sizeMb)
{
    var file = Path.Combine(folder, "logins.ndjson");
    var count = LoginAttempts.Write(file, sizeMb is null ? records ?? 1_000_000 : null, sizeMb * 1024 * 1024);
    var size = new FileInfo(file).Length;
    Console.WriteLine($"generated {count:N0} login attempts, {size / 1048576.0:N0} MiB NDJSON");

    using var process = Process.GetCurrentProcess();
    process.Refresh();
    var baseline = process.PeakWorkingSet64;
    var store = new EvidenceStore(Path.Combine(folder, "evidence.db"), TimeProvider.System);
    store.EnsureCreated();
    var cpu = process.TotalProcessorTime;
    var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
    var pause = GC.GetTotalPauseDuration();
    var watch = Stopwatch.StartNew();
    var result = store.Import([file]);
    watch.Stop();
    process.Refresh();
    var used = process.TotalProcessorTime - cpu;

    if (!result.Succeeded) throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors));
    Console.WriteLine($"import: {result.NewRecords:N0} records in {watch.Elapsed.TotalSeconds:N1} s = {result.NewRecords / watch.Elapsed.TotalSeconds:N0} records/s ({size / 1048576.0 / watch.Elapsed.TotalSeconds:N1} MiB/s)");
    Console.WriteLine($"cpu: {used.TotalSeconds:N1} s = {used.TotalMicroseconds / result.NewRecords:N1} µs/record on {Environment.ProcessorCount} cores; " +
        $"GCs gen0/1/2 {GC.CollectionCount(0) - gcs.Item1}/{GC.CollectionCount(1) - gcs.Item2}/{GC.CollectionCount(2) - gcs.Item3}, pauses {(GC.GetTotalPauseDuration() - pause).TotalSeconds:N2} s");
    Console.WriteLine($"peak working set: {process.PeakWorkingSet64 / 1048576.0:N0} MiB (before import: {baseline / 1048576.0:N0} MiB); store {new FileInfo(store.DatabasePath).Length / 1048576.0:N0} MiB");
}

static void Verify(string folder, long records)
{
    var file = Path.Combine(folder, "logins.ndjson");
    LoginAttempts.Write(file, records, null);
    var store = new EvidenceStore(Path.Combine(folder, "evidence.db"), TimeProvider.System);
    var import = store.Import([file]);
    if (!import.Succeeded) throw new InvalidOperationException(string.Join(Environment.NewLine, import.Errors));
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

    using var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    var result = store.Verify();
    watch.Stop();
    process.Refresh();
    Console.WriteLine($"verify: {result.RecordsVerified:N0} records in {watch.Elapsed.TotalSeconds:N2} s ({(process.TotalProcessorTime - cpu).TotalSeconds:N2} s CPU on {Environment.ProcessorCount} cores), intact = {result.Intact}, head {result.Head.Hash}");
}
