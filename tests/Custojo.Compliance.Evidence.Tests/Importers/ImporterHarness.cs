using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Custojo.Compliance.Evidence.Importers;
using Custojo.Compliance.Sdk.Evidence;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Custojo.Compliance.Evidence.Tests.Importers;

/// <summary>Runs importers on samples with a fixed context, and shapes their records for snapshots.</summary>
internal static class ImporterHarness
{
    /// <summary>The import clock of the tests: the morning after the samples were made.</summary>
    public static readonly DateTimeOffset ImportClock = new(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);

    public static ImportContext Context(string zone = "UTC", int? year = null, string? host = null, DateTimeOffset? observedAt = null, string? environment = null) =>
        new(TimeZoneInfo.FindSystemTimeZoneById(zone), "--timezone", new FakeTimeProvider(ImportClock))
        {
            Year = year,
            Host = host,
            ObservedAt = observedAt,
            Environment = environment,
        };

    public static IToolImporter Importer(string name) =>
        ImporterRegistry.Default.Find(name) ?? throw new InvalidOperationException($"No importer named {name}.");

    public static List<ImportedRecord> ImportSample(string importer, string sample, ImportContext? context = null) =>
        ImportFile(importer, SampleFiles.Copy(sample), context);

    public static List<ImportedRecord> ImportFile(string importer, string path, ImportContext? context = null)
    {
        using var stream = File.OpenRead(path);
        return Valid([.. Importer(importer).Read(stream, context ?? Context())]);
    }

    public static List<ImportedRecord> ImportText(string importer, string text, ImportContext? context = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return Valid([.. Importer(importer).Read(stream, context ?? Context())]);
    }

    public static ToolFormatException ImportTextFails(string importer, string text, ImportContext? context = null) =>
        Assert.Throws<ToolFormatException>(() => ImportText(importer, text, context));

    private static readonly JsonSerializerOptions Strict = new(EvidenceJson.Options) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    /// <summary>
    /// Every record must be a valid instance of its kind's record type: known kind, every required
    /// field present, no unknown field, enum values and instants in the kinds' JSON contract.
    /// </summary>
    public static List<ImportedRecord> Valid(List<ImportedRecord> records)
    {
        foreach (var record in records)
        {
            var kindName = (string?)record.Record["kind"] ?? throw new InvalidOperationException($"{record.Location}: record has no kind.");
            Assert.True(EvidenceKinds.TryGet(kindName, out var kind), $"{record.Location}: unknown kind {kindName}");
            var fields = (JsonObject)record.Record.DeepClone();
            fields.Remove("kind");
            try
            {
                Assert.NotNull(fields.Deserialize(kind.RecordType, Strict));
            }
            catch (System.Text.Json.JsonException e)
            {
                Assert.Fail($"{record.Location}: not a valid {kindName}: {e.Message}\n{record.Record.ToJsonString()}");
            }
        }
        return records;
    }

    /// <summary>Parsed without turning date strings into dates, so the snapshot shows each instant as the importer wrote it.</summary>
    private static JObject AsJObject(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return JObject.Load(reader);
    }

    /// <summary>The records with their locations, as JSON for a snapshot.</summary>
    public static JArray AsSnapshot(IEnumerable<ImportedRecord> records) =>
        new(records.Select(r => new JObject
        {
            ["location"] = r.Location,
            ["record"] = AsJObject(r.Record.ToJsonString()),
        }));
}
