using System.Text;
using Custojo.Compliance.Evidence.Importers;
using Microsoft.Extensions.Time.Testing;
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
        return [.. Importer(importer).Read(stream, context ?? Context())];
    }

    public static List<ImportedRecord> ImportText(string importer, string text, ImportContext? context = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return [.. Importer(importer).Read(stream, context ?? Context())];
    }

    public static ToolFormatException ImportTextFails(string importer, string text, ImportContext? context = null) =>
        Assert.Throws<ToolFormatException>(() => ImportText(importer, text, context));

    /// <summary>The records with their locations, as JSON for a snapshot.</summary>
    public static JArray AsSnapshot(IEnumerable<ImportedRecord> records) =>
        new(records.Select(r => new JObject
        {
            ["location"] = r.Location,
            ["record"] = JObject.Parse(r.Record.ToJsonString()),
        }));
}
