using System.Diagnostics;
using Custojo.Compliance.Sdk.Evidence;
using Custojo.Compliance.Sdk.Querying;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Benchmarks;

/// <summary>
/// The cost of turning one stored login attempt into what a policy reads, in nanoseconds a record, stage by stage,
/// in one process (the JIT done): the store's reader filling the slots, then the record built from them, then the
/// record with its reference as a check streams it.
/// </summary>
internal static class DecodeStages
{
    public static void Run(int records)
    {
        // A row of the scale-10 demo store, as the store writes it.
        var json = """{"at":"2026-08-26T00:11:52.0000000Z","host":"app-08","kind":"login-attempt","method":"password","mfaUsed":false,"outcome":"failure","service":"custojo-web","sourceIp":"198.51.100.14","user":"admin","validUser":false}"""u8.ToArray();
        var properties = RecordDecoder<LoginAttempt>.Properties;
        var values = new DecodedValues(properties.Length);
        var hash = new byte[32];
        var at = DateTimeOffset.UnixEpoch;
        long sink = 0;
        for (var round = 1; round <= 3; round++)
        {
            Console.WriteLine($"round {round}");
            Measure("  store's reader fills the slots", records, () => sink += CanonicalRecordReader.TryRead(json, properties, values) ? 1 : 0);
            Measure("  + required check (RecordReader)", records, () => RecordReader.Read(json, properties, values));
            Measure("  + the record built (Decode)", records, () => sink += RecordDecoder<LoginAttempt>.Decode(json).Outcome == LoginOutcome.Failure ? 1 : 0);
            Measure("  + its reference and Observed", records, () => sink += new Observed<LoginAttempt>(new EvidenceRef(hash, "login-attempt", at), RecordDecoder<LoginAttempt>.Decode(json)).At.Ticks);
        }
        GC.KeepAlive(sink);
    }

    private static void Measure(string label, int records, Action decode)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < records; i++) decode();
        Console.WriteLine($"{label,-40} {watch.Elapsed.TotalNanoseconds / records,7:N0} ns/record");
    }
}
