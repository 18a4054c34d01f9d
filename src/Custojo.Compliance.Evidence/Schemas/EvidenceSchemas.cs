using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Evidence.Schemas;

/// <summary>
/// The JSON Schemas of the evidence kinds, generated from the Sdk's records (the one source of truth),
/// and one ready-to-import example record per kind.
/// </summary>
public static class EvidenceSchemas
{
    private static readonly ConcurrentDictionary<string, Lazy<KindSchema>> Cache = new(StringComparer.Ordinal);

    /// <summary>The JSON Schema of <paramref name="kind"/>, as text (draft-04, as NJsonSchema writes it).</summary>
    public static string SchemaJson(string kind) => Get(kind).Json;

    /// <summary>One valid record of <paramref name="kind"/> as a JSON object with its <c>kind</c>, indented.</summary>
    public static string ExampleJson(string kind, bool indented = true)
    {
        var info = Get(kind).Info;
        var body = JsonSerializer.SerializeToNode(EvidenceExamples.For(info), info.RecordType, EvidenceJson.Options)!.AsObject();
        var record = new JsonObject { ["kind"] = info.Name };
        foreach (var (name, value) in body.ToList())
        {
            body.Remove(name);
            record[name] = value;
        }
        return record.ToJsonString(new JsonSerializerOptions(EvidenceJson.Options) { WriteIndented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    internal static KindSchema Get(string kind) =>
        TryGet(kind, out var schema) ? schema : throw EvidenceInputException.UnknownKind(kind);

    internal static bool TryGet(string kind, out KindSchema schema)
    {
        if (!EvidenceKinds.TryGet(kind, out var info))
        {
            schema = null!;
            return false;
        }
        schema = Cache.GetOrAdd(kind, _ => new Lazy<KindSchema>(() => SchemaGenerator.Generate(info))).Value;
        return true;
    }
}
