using System.Buffers;
using System.Diagnostics;
using System.Security.Cryptography;
using Custojo.Compliance.Evidence.Canonical;
using Custojo.Compliance.Evidence.Import;
using Custojo.Compliance.Evidence.Schemas;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Custojo.Compliance.Benchmarks;

/// <summary>CPU cost per record of each import stage on one thread, independent of machine load.</summary>
internal static class Stages
{
    public static void Run(int records)
    {
        var lines = Enumerable.Range(0, records).Select(i => LoginAttempts.Line(i)).ToArray();
        var kind = EvidenceSchemas.Get("login-attempt");
        var tokens = new JObject[records];
        Measure("parse (Json.NET JObject)", records, () =>
        {
            for (var i = 0; i < records; i++)
            {
                using var reader = new JsonTextReader(new StringReader(lines[i])) { DateParseHandling = DateParseHandling.None };
                tokens[i] = (JObject)JToken.ReadFrom(reader);
            }
        });
        var settings = new JsonSchemaValidatorSettings();
        var validator = new JsonSchemaValidator(settings);
        Measure("validate (NJsonSchema)", records, () =>
        {
            for (var i = 0; i < records; i++) validator.Validate(tokens[i], kind.Schema, SchemaType.JsonSchema);
        });
        var buffer = new ArrayBufferWriter<byte>();
        Measure("canonical JSON + SHA-256", records, () =>
        {
            for (var i = 0; i < records; i++)
            {
                buffer.ResetWrittenCount();
                CanonicalJson.Write(tokens[i], kind.DateTimeProperties, buffer);
                SHA256.HashData(buffer.WrittenSpan);
            }
        });
        var errors = new List<ImportError>();
        Measure("fast path (System.Text.Json)", records, () =>
        {
            for (var i = 0; i < records; i++) Evidence.Import.Fast.FastRecordReader.TryAccept(lines[i]);
        });
        Measure("schema path (Json.NET+NJsonSchema)", records, () =>
        {
            for (var i = 0; i < records; i++) RecordValidator.ValidateWithSchema(new RawRecord(lines[i], i), "bench", errors);
        });
        Measure("validator as import runs it", records, () =>
        {
            for (var i = 0; i < records; i++) RecordValidator.Validate(new RawRecord(lines[i], i), "bench", errors);
        });
    }

    public static void Insert(string folder, int records)
    {
        var errors = new List<ImportError>();
        var valid = Enumerable.Range(0, records).Select(i => RecordValidator.Validate(new RawRecord(LoginAttempts.Line(i), i), "bench", errors)!).ToArray();
        var round = 0;
        foreach (var rebuild in new[] { Evidence.Storage.IndexRebuild.None, Evidence.Storage.IndexRebuild.All })
            Measure(rebuild == Evidence.Storage.IndexRebuild.None ? "insert, indexes maintained" : "insert, indexes built after", records, () =>
            {
                var path = Path.Combine(folder, $"insert-{round++}.db");
                using var connection = Evidence.Storage.EvidenceDatabase.OpenReadWrite(path);
                using var pragma = connection.CreateCommand();
                pragma.CommandText = $"PRAGMA cache_size = -{IndexStrategy.CacheKiB(rebuild)}";
                pragma.ExecuteNonQuery();
                using var transaction = connection.BeginTransaction(deferred: false);
                Evidence.Storage.EvidenceIndexes.Drop(connection, transaction, rebuild);
                using (var writer = new RecordWriter(connection, Evidence.Storage.ChainState.Empty, 1, rebuild == Evidence.Storage.IndexRebuild.All, records))
                    foreach (var record in valid) writer.Append(record);
                Evidence.Storage.EvidenceIndexes.Create(connection, transaction, rebuild);
                transaction.Commit();
            });
    }

    private static void Measure(string stage, int records, Action action)
    {
        action();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        action();
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)records;
        Console.WriteLine($"{stage,-32} {used.TotalMicroseconds / records,6:N2} µs CPU/record, {bytes,7:N0} B allocated/record ({watch.Elapsed.TotalMicroseconds / records:N2} µs wall)");
    }
}
