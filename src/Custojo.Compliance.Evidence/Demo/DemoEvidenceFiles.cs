using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Evidence.Demo;

/// <summary>Writes demo records as one NDJSON file per kind (each line tagged with its kind), ready to import.</summary>
public static class DemoEvidenceFiles
{
    public static IReadOnlyList<string> Write(IEnumerable<EvidenceRecord> records, string directory)
    {
        Directory.CreateDirectory(directory);
        var writers = new SortedDictionary<string, StreamWriter>(StringComparer.Ordinal);
        try
        {
            foreach (var record in records)
            {
                var kind = EvidenceKinds.Of(record.GetType()).Name;
                if (!writers.TryGetValue(kind, out var writer))
                    writers[kind] = writer = new StreamWriter(Path.Combine(directory, kind + ".ndjson"), append: false, new UTF8Encoding(false)) { NewLine = "\n" };
                var line = new JsonObject { ["kind"] = kind };
                foreach (var (name, value) in JsonSerializer.SerializeToNode(record, record.GetType(), EvidenceJson.Options)!.AsObject())
                    line[name] = value?.DeepClone();
                writer.WriteLine(line.ToJsonString());
            }
        }
        finally
        {
            foreach (var writer in writers.Values) writer.Dispose();
        }
        return [.. writers.Keys.Select(kind => Path.Combine(directory, kind + ".ndjson"))];
    }
}
