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
        Measure("whole validator (parse..hash)", records, () =>
        {
            for (var i = 0; i < records; i++) RecordValidator.Validate(new RawRecord(lines[i], i), "bench", errors);
        });
    }

    public static void Insert(string folder, int records)
    {
        var errors = new List<ImportError>();
        var valid = Enumerable.Range(0, records).Select(i => RecordValidator.Validate(new RawRecord(LoginAttempts.Line(i), i), "bench", errors)!).ToArray();
        var round = 0;
        Measure("insert (SQLite, one transaction)", records, () =>
        {
            var path = Path.Combine(folder, $"insert-{round++}.db");
            using var connection = Evidence.Storage.EvidenceDatabase.OpenReadWrite(path);
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA cache_size = -65536";
            pragma.ExecuteNonQuery();
            using var transaction = connection.BeginTransaction(deferred: false);
            using var writer = new RecordWriter(connection, transaction, Evidence.Storage.ChainState.Empty, 1);
            foreach (var record in valid) writer.Append(record);
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
