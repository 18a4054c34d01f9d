using System.Reflection;
using System.Text.Json;
using Custojo.Compliance.Evidence.Querying;
using Custojo.Compliance.Evidence.Storage;
using Custojo.Compliance.Sdk.Evidence;
using Custojo.Compliance.Sdk.Querying;

namespace Custojo.Compliance.Benchmarks;

/// <summary>
/// What reading one evidence kind costs a check, stage by stage on one thread, three rounds (the first pays the
/// process's first use): SQLite stepping the kind's rows in time order, reading their columns, copying each row
/// out, and the typed records a check streams (decoded in place) against System.Text.Json over copied rows.
/// With the kind "all": the first-use cost of each kind's reading in a fresh process (its first 2,000 records).
/// </summary>
internal static class ReadStages
{
    public static void Run(string database, string kind)
    {
        var source = new SqliteEvidenceSource(database);
        if (kind == "all")
        {
            FirstUse(source);
            return;
        }
        var type = EvidenceKinds.All.SingleOrDefault(k => k.Name == kind)?.RecordType ?? throw new ArgumentException($"Unknown evidence kind {kind}.");
        for (var round = 1; round <= 3; round++)
        {
            Console.WriteLine($"round {round}");
            long sink = 0;
            CpuTime.Measure($"  SQLite steps the {kind} rows", () => Scan(database, kind, _ => { }));
            CpuTime.Measure("  + reads each row's columns", () => Scan(database, kind, r => sink += r.Bytes(2).Length + r.Bytes(5).Length + r.Bytes(6).Length));
            CpuTime.Measure("  + copies each row out", () => sink += source.Query(kind, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, null).Count());
            CpuTime.Measure("  typed records as a check streams them", () => sink += Stream(type, source, DateTimeOffset.MinValue, DateTimeOffset.MaxValue).Count());
            CpuTime.Measure("  typed records by System.Text.Json", () =>
            {
                foreach (var row in source.Query(kind, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, null))
                    sink += JsonSerializer.Deserialize(row.Utf8Json.Span, type, EvidenceJson.Options) is null ? 0 : 1;
            });
        }
    }

    private static void FirstUse(SqliteEvidenceSource source)
    {
        var total = TimeSpan.Zero;
        foreach (var info in EvidenceKinds.All)
        {
            var rows = source.Query(info.Name, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, null).Take(2000).ToList();
            if (rows.Count == 0) continue;
            var to = rows[^1].ObservedAt.AddTicks(1);
            var first = CpuTime.Measure(null, () => Stream(info.RecordType, source, DateTimeOffset.MinValue, to).Count());
            var again = CpuTime.Measure(null, () => Stream(info.RecordType, source, DateTimeOffset.MinValue, to).Count());
            total += first - again;
            Console.WriteLine($"  {info.Name,-30} {rows.Count,5} records: first read {first.TotalMilliseconds,6:N1} ms, again {again.TotalMilliseconds,6:N1} ms");
        }
        Console.WriteLine($"first-use cost over all kinds: {total.TotalMilliseconds:N0} ms");
    }

    private static IEnumerable<object> Stream(Type recordType, IEvidenceSource source, DateTimeOffset from, DateTimeOffset to) =>
        (IEnumerable<object>)typeof(ReadStages).GetMethod(nameof(StreamOf), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(recordType).Invoke(null, [source, from, to])!;

    /// <summary>The kind's stream as a check reads it; called by reflection, so the compiler still checks this call.</summary>
    private static IEnumerable<object> StreamOf<T>(IEvidenceSource source, DateTimeOffset from, DateTimeOffset to) where T : EvidenceRecord =>
        TypedEvidence.Stream<T>(source, from, to, null);

    private static void Scan(string database, string kind, Action<RawRows> each)
    {
        using var connection = EvidenceDatabase.OpenReadOnly(database);
        using var command = connection.CreateCommand();
        EvidenceRows.Select(command, kind, null, null, null);
        using var rows = new RawRows(command);
        while (rows.Step()) each(rows);
    }
}
